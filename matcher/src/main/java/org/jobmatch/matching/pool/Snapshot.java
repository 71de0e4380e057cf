package org.jobmatch.matching.pool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jobmatch.index.Documents;
import org.jobmatch.matching.profile.VacancyProfile;
import org.jobmatch.matching.rules.VacancyFacts;
import org.jobmatch.matching.scoring.Scoring;

/**
 * The open vacancies at one moment, analysed, with inverted indices from title concepts, concepts and words to
 * the vacancies holding them, and in cells by place. Immutable: a change of the ledger makes a new snapshot.
 */
final class Snapshot {

    final VacancyProfile[] vacancies;
    /** Their hard rules' facts, copied together so that a scan reads them from a few megabytes, not the heap over. */
    final VacancyFacts[] facts;
    final long[] versions;
    final Documents documents;
    final Cells cells;
    /**
     * For each kind of vacancy ({@link VacancyProfile#kind()}), the eligible groups of those here as bits, OR-ed: -1
     * when one is open to anyone, 0 when there is none. A person's best priority need count only the kinds they may
     * take ({@link Scoring#of}).
     */
    final int[] kindGroups = new int[VacancyProfile.KINDS];
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, int[]> byTitleConcept;
    private final Map<String, int[]> byTitleFamily;
    private final Map<String, int[]> byConcept;
    private final Map<String, int[]> byWord;

    Snapshot(List<VacancyProfile> profiles, List<Long> versions, Documents documents) {
        this.vacancies = profiles.toArray(VacancyProfile[]::new);
        this.facts = new VacancyFacts[vacancies.length];
        for (int i = 0; i < vacancies.length; i++) {
            facts[i] = vacancies[i].facts().copy();
            kindGroups[vacancies[i].kind()] |= facts[i].groups() == 0 ? -1 : facts[i].groups();
        }
        this.versions = versions.stream().mapToLong(Long::longValue).toArray();
        this.documents = documents;
        for (int i = 0; i < vacancies.length; i++) {
            byId.put(vacancies[i].id(), i);
        }
        this.byTitleConcept = invert(VacancyProfile::titleConcepts);
        this.byTitleFamily = invert(VacancyProfile::titleFamilies);
        this.byConcept = invert(VacancyProfile::concepts);
        this.byWord = invert(VacancyProfile::words);
        this.cells = new Cells(vacancies);
    }

    static Snapshot empty(Documents documents) {
        return new Snapshot(List.of(), List.of(), documents);
    }

    int size() {
        return vacancies.length;
    }

    Integer indexOf(String id) {
        return byId.get(id);
    }

    long version(String id) {
        Integer i = byId.get(id);
        return i == null ? -1 : versions[i];
    }

    int[] withTitleConcept(String concept) {
        return byTitleConcept.getOrDefault(concept, NONE);
    }

    int[] withTitleFamily(String family) {
        return byTitleFamily.getOrDefault(family, NONE);
    }

    int[] withConcept(String concept) {
        return byConcept.getOrDefault(concept, NONE);
    }

    int[] withWord(String word) {
        return byWord.getOrDefault(word, NONE);
    }

    private static final int[] NONE = new int[0];

    private Map<String, int[]> invert(Function<VacancyProfile, Set<String>> keys) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < vacancies.length; i++) {
            for (String key : keys.apply(vacancies[i])) {
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> inverted = new HashMap<>(lists.size() * 2);
        lists.forEach((key, list) -> inverted.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return inverted;
    }
}
