package org.jobmatch.fair;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jobmatch.domain.Person;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.matching.Candidate;
import org.jobmatch.matching.Shortlist;
import org.jobmatch.matching.rules.HardRules;

/** A candidate's other matches at the same fair: the fair's other vacancies whose hard rules the person passes. */
final class OtherMatches {

    private final List<Vacancy> vacancies;
    private final Map<String, Shortlist> shortlists;
    private final LocalDate today;

    OtherMatches(List<Vacancy> vacancies, Map<String, Shortlist> shortlists, LocalDate today) {
        this.vacancies = List.copyOf(vacancies);
        this.shortlists = Map.copyOf(shortlists);
        this.today = today;
    }

    List<FairCandidate.OtherMatch> of(Person person, String exceptVacancyId) {
        return vacancies.stream()
                .filter(v -> !v.id().equals(exceptVacancyId) && HardRules.allPass(person, v, today))
                .map(v -> new FairCandidate.OtherMatch(v.id(), v.title(), v.employer(), rank(v.id(), person.id()).orElse(null)))
                .toList();
    }

    private Optional<Integer> rank(String vacancyId, String personId) {
        return Optional.ofNullable(shortlists.get(vacancyId)).stream().flatMap(s -> s.candidates().stream())
                .filter(c -> c.personId().equals(personId)).map(Candidate::rank).findFirst();
    }
}
