package org.jobmatch.matching.pool;

import java.util.List;

import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;
import org.jobmatch.matching.rules.HardRules;
import org.jobmatch.matching.scoring.Option;
import org.jobmatch.matching.scoring.Scoring;
import org.jobmatch.matching.scoring.SkillFit;
import org.jobmatch.matching.scoring.SkillMatch;

/**
 * Ranks every vacancy of a snapshot for one person by the one score: what the person's concepts and words share
 * with each vacancy comes from the snapshot's inverted indices; a vacancy whose best possible score (at distance
 * zero) cannot be kept is skipped before its distance and rules are looked at. The vacancies sharing something
 * go first, so the bar rises early. One scan per thread at a time (it reuses its arrays).
 */
final class Scan {

    private static final byte TITLE = 1;
    private static final byte CONCEPT = 2;
    private static final byte FAMILY = 4;

    private final Snapshot snapshot;
    private final Scoring scoring;
    private final byte[] concepts;
    private final int[] sharedWords;
    private final boolean[] touched;
    private final int[] touchedList;
    private int touchedCount;

    Scan(Snapshot snapshot, Scoring scoring) {
        this.snapshot = snapshot;
        this.scoring = scoring;
        int n = snapshot.size();
        this.concepts = new byte[n];
        this.sharedWords = new int[n];
        this.touched = new boolean[n];
        this.touchedList = new int[n];
    }

    boolean isFor(Snapshot s) {
        return snapshot == s;
    }

    /** The person's best options (see {@link Best}), best first. */
    List<Option> rank(PersonProfile p, int depth, int employers) {
        if (!p.person().employmentStatus().seeksWork()) {
            return List.of();
        }
        mark(p);
        try {
            Best best = new Best(depth, employers);
            for (int i = 0; i < touchedCount; i++) {
                consider(p, touchedList[i], best);
            }
            for (int v = 0; v < snapshot.size(); v++) {
                if (!touched[v]) {
                    consider(p, v, best);
                }
            }
            return best.ranked();
        } finally {
            clear();
        }
    }

    private void consider(PersonProfile p, int v, Best best) {
        VacancyProfile vacancy = snapshot.vacancies[v];
        double skill = SkillFit.value(p, vacancy, new SkillMatch((concepts[v] & TITLE) != 0,
                (concepts[v] & FAMILY) != 0, (concepts[v] & CONCEPT) != 0, sharedWords[v]));
        if (scoring.bound(p, vacancy, skill) < best.threshold()) {
            return;
        }
        double km = vacancy.facts().distanceKm(p.facts());
        if (HardRules.allPass(p.facts(), vacancy.facts(), km, p.today())) {
            best.offer(new Option(vacancy, scoring.score(p, vacancy, skill, km), km));
        }
    }

    private void mark(PersonProfile p) {
        for (String concept : p.concepts()) {
            flag(snapshot.withTitleConcept(concept), TITLE);
            flag(snapshot.withConcept(concept), CONCEPT);
        }
        for (String family : p.families()) {
            flag(snapshot.withTitleFamily(family), FAMILY);
        }
        for (String word : p.words()) {
            for (int v : snapshot.withWord(word)) {
                sharedWords[v]++;
                touch(v);
            }
        }
    }

    private void flag(int[] vacancies, byte flag) {
        for (int v : vacancies) {
            concepts[v] |= flag;
            touch(v);
        }
    }

    private void touch(int v) {
        if (!touched[v]) {
            touched[v] = true;
            touchedList[touchedCount++] = v;
        }
    }

    private void clear() {
        for (int i = 0; i < touchedCount; i++) {
            int v = touchedList[i];
            concepts[v] = 0;
            sharedWords[v] = 0;
            touched[v] = false;
        }
        touchedCount = 0;
    }
}
