package org.jobmatch.matching.pool;

import java.util.List;

import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;
import org.jobmatch.matching.rules.HardRules;
import org.jobmatch.matching.rules.VacancyFacts;
import org.jobmatch.matching.scoring.Option;
import org.jobmatch.matching.scoring.Scoring;
import org.jobmatch.matching.scoring.SkillFit;
import org.jobmatch.matching.scoring.SkillMatch;

/**
 * Ranks every vacancy of a snapshot for one person by the one score: what the person's concepts and words share
 * with each vacancy comes from the snapshot's inverted indices; a vacancy the rule refusing most refuses (the age
 * band, {@link HardRules#mayPass}) is skipped first, one whose best possible score (at distance zero) cannot be kept
 * before its distance is looked at, and one whose score cannot be kept before its rules are. The vacancies sharing a
 * concept or family go first, by what sharing is worth (their own trade, then a trade theirs implies, a concept, a
 * related trade, a neighbouring one), so the bar rises early; a class none of whose vacancies could be kept even next
 * door (at the most sharing it, or the person's group, makes a vacancy worth: {@link SkillFit#floor}) is skipped
 * whole. The others by cells nearest first, up to the person's reach (the distance rule) and as far as one of them
 * could still be kept. One scan per thread at a time (it reuses its arrays).
 */
final class Scan {

    private static final byte TITLE = 1;
    private static final byte CONCEPT = 2;
    private static final byte FAMILY = 4;
    private static final byte IMPLIED_TITLE = 8;
    private static final byte NEIGHBOUR = 16;
    /** The flags by what sharing them is worth ({@link SkillFit#byConcepts}), most first, and that worth. */
    private static final byte[] BY_WORTH = {TITLE, IMPLIED_TITLE, CONCEPT, FAMILY, NEIGHBOUR};
    private static final double[] WORTH = new double[BY_WORTH.length];

    static {
        for (int i = 0; i < BY_WORTH.length; i++) {
            WORTH[i] = SkillFit.byConcepts(match(BY_WORTH[i], 0));
            if (i > 0 && WORTH[i] > WORTH[i - 1]) {
                throw new IllegalStateException("flags out of the order of their worth");
            }
        }
    }

    private final Snapshot snapshot;
    private final Scoring scoring;
    private final byte[] concepts;
    private final int[] sharedWords;
    private final boolean[] touched;
    private final int[] touchedList;
    private final long[] order;
    private int touchedCount;

    Scan(Snapshot snapshot, Scoring scoring) {
        this.snapshot = snapshot;
        this.scoring = scoring;
        int n = snapshot.size();
        this.concepts = new byte[n];
        this.sharedWords = new int[n];
        this.touched = new boolean[n];
        this.touchedList = new int[n];
        this.order = new long[snapshot.cells.count()];
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
            Scoring.Of scores = scoring.of(p, snapshot.kindGroups);
            double floor = SkillFit.floor(p);
            for (int worth = 0; worth < BY_WORTH.length; worth++) {
                if (scores.bound(Math.max(WORTH[worth], floor), 0) < best.threshold()) {
                    break; // none of these, nor of the lesser ones, could be kept even next door
                }
                considerSharing(p, scores, worth, best);
            }
            int mostWords = 0;
            for (int i = 0; i < touchedCount; i++) {
                int v = touchedList[i];
                mostWords = concepts[v] == 0 ? Math.max(mostWords, sharedWords[v]) : mostWords;
            }
            considerTheRest(p, scores, best, Math.max(floor, SkillFit.sharingOnlyWords(p, mostWords)));
            return best.ranked();
        } finally {
            clear();
        }
    }

    /** The vacancies whose most worthy shared flag is {@code BY_WORTH[worth]}. */
    private void considerSharing(PersonProfile p, Scoring.Of scores, int worth, Best best) {
        for (int i = 0; i < touchedCount; i++) {
            int v = touchedList[i];
            if (concepts[v] != 0 && worthOf(concepts[v]) == worth) {
                consider(p, scores, v, best);
            }
        }
    }

    private static int worthOf(byte flags) {
        int worth = 0;
        while ((flags & BY_WORTH[worth]) == 0) {
            worth++;
        }
        return worth;
    }

    private static SkillMatch match(byte flags, int words) {
        return new SkillMatch((flags & TITLE) != 0, (flags & IMPLIED_TITLE) != 0, (flags & FAMILY) != 0,
                (flags & CONCEPT) != 0, (flags & NEIGHBOUR) != 0, words);
    }

    /**
     * The vacancies sharing no concept or family with the person (at most words, worth at most {@code skill}),
     * nearest cells first, until the rest are all beyond the person's reach or could not score enough to be kept
     * even at the least distance of their cell.
     */
    private void considerTheRest(PersonProfile p, Scoring.Of scores, Best best, double skill) {
        Cells cells = snapshot.cells;
        cells.nearestFirst(p.facts().at(), order);
        double reach = p.facts().reachKm();
        for (int i = 0; i < cells.count(); i++) {
            double km = Cells.leastKm(order[i]);
            if (km > reach || scores.bound(skill, km) < best.threshold()) {
                return;
            }
            for (int v : cells.members(Cells.cell(order[i]))) {
                if (concepts[v] == 0) {
                    consider(p, scores, v, best);
                }
            }
        }
    }

    private void consider(PersonProfile p, Scoring.Of scores, int v, Best best) {
        VacancyFacts facts = snapshot.facts[v];
        if (!HardRules.mayPass(p.facts(), facts, p.today())) {
            return;
        }
        VacancyProfile vacancy = snapshot.vacancies[v];
        double skill = SkillFit.value(p, vacancy, match(concepts[v], sharedWords[v]));
        if (scores.bound(vacancy, skill) < best.threshold()) {
            return;
        }
        double km = facts.distanceKm(p.facts());
        double score = scores.score(vacancy, skill, km);
        if (score >= best.threshold() && HardRules.allPass(p.facts(), facts, km, p.today())) {
            best.offer(new Option(vacancy, score, km));
        }
    }

    private void mark(PersonProfile p) {
        for (String concept : p.concepts()) {
            flag(snapshot.withTitleConcept(concept), p.ownConcepts().contains(concept) ? TITLE : IMPLIED_TITLE);
            flag(snapshot.withConcept(concept), CONCEPT);
        }
        for (String family : p.families()) {
            flag(snapshot.withTitleFamily(family), FAMILY);
        }
        for (String family : p.neighbourFamilies()) {
            flag(snapshot.withTitleFamily(family), NEIGHBOUR);
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
