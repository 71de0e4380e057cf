package org.jobmatch.shortlist;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Masking;
import org.jobmatch.domain.Person;
import org.jobmatch.matching.Candidate;
import org.jobmatch.matching.CandidateFinder;
import org.jobmatch.matching.Shortlist;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.security.CurrentViewer;
import org.jobmatch.vacancy.Vacancies;
import org.jobmatch.web.SearchUnavailableException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The job-fair shortlist of a vacancy: eligible persons ranked, with masked personal data. Township staff shortlist
 * their own township's vacancies among their own township's persons.
 */
@RestController
@Validated
class ShortlistController {

    private final Vacancies vacancies;
    private final PersonLedger persons;
    private final CandidateFinder finder;
    private final CurrentViewer viewer;
    private final Clock clock;

    ShortlistController(Vacancies vacancies, PersonLedger persons, CandidateFinder finder, CurrentViewer viewer,
                        Clock clock) {
        this.vacancies = vacancies;
        this.persons = persons;
        this.finder = finder;
        this.viewer = viewer;
        this.clock = clock;
    }

    record CandidateView(int rank, String personId, String name, String gender, int age, String township,
                         String village, Set<AssistanceGroup> groups, double distanceKm, double score,
                         List<String> reasons) {
    }

    record ShortlistView(String vacancyId, List<CandidateView> candidates, String note) {
    }

    @GetMapping("/api/v1/vacancies/{id}/candidates")
    ShortlistView candidates(@PathVariable String id,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
        var vacancy = vacancies.visible(id);
        Shortlist shortlist;
        try {
            shortlist = finder.shortlist(vacancy, LocalDate.now(clock), limit, viewer.get().limitedTo().orElse(null));
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        }
        Map<String, Person> byId = persons.findVersioned(shortlist.candidates().stream().map(Candidate::personId).toList())
                .stream().map(PersonLedger.Versioned::person).collect(Collectors.toMap(Person::id, Function.identity()));
        List<CandidateView> views = shortlist.candidates().stream().filter(c -> byId.containsKey(c.personId()))
                .map(c -> view(c, byId.get(c.personId()))).toList();
        return new ShortlistView(id, views, shortlist.note());
    }

    private static CandidateView view(Candidate c, Person p) {
        return new CandidateView(c.rank(), c.personId(), Masking.name(p.name()), p.gender().name(), c.age(),
                p.township(), p.village(), p.groups(), c.distanceKm(), c.score(), c.reasons());
    }
}
