package org.jobmatch.matching.profile;

import java.util.Set;

import org.jobmatch.domain.Vacancy;
import org.jobmatch.index.Documents;
import org.jobmatch.index.VacancyDocument;
import org.jobmatch.matching.rules.VacancyFacts;

/**
 * A vacancy as matching sees it: the facts the hard rules look at, and its analysed text (the same analysis the
 * index gets: title concepts and their occupation families, all concepts, the words the skill overlap counts, low
 * threshold), made once.
 */
public record VacancyProfile(VacancyFacts facts, Set<String> titleConcepts, Set<String> titleFamilies,
                             Set<String> concepts, Set<String> words, boolean lowThreshold) {

    public static VacancyProfile of(Vacancy vacancy, Documents documents) {
        VacancyDocument analysed = documents.vacancy(vacancy);
        return new VacancyProfile(VacancyFacts.of(vacancy), analysed.titleConcepts(),
                documents.analyzer().taxonomy().familiesOf(analysed.titleConcepts()), analysed.concepts(),
                Words.of(analysed.terms()), analysed.lowThreshold());
    }

    public Vacancy vacancy() {
        return facts.vacancy();
    }

    public String id() {
        return facts.vacancy().id();
    }

    public String employer() {
        return facts.vacancy().employer();
    }
}
