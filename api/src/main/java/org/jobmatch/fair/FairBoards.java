package org.jobmatch.fair;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jobmatch.domain.Person;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.matching.Candidate;
import org.jobmatch.matching.CandidateFinder;
import org.jobmatch.matching.Shortlist;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.vacancy.VacancyLedger;
import org.jobmatch.web.SearchUnavailableException;
import org.springframework.stereotype.Service;

/** Builds a fair's board: each vacancy's shortlist, with each candidate's other matches at the fair. */
@Service
class FairBoards {

    private final FairStore fairs;
    private final InvitationStore invitations;
    private final VacancyLedger vacancies;
    private final PersonLedger persons;
    private final CandidateFinder finder;
    private final Clock clock;

    FairBoards(FairStore fairs, InvitationStore invitations, VacancyLedger vacancies, PersonLedger persons,
               CandidateFinder finder, Clock clock) {
        this.fairs = fairs;
        this.invitations = invitations;
        this.vacancies = vacancies;
        this.persons = persons;
        this.finder = finder;
        this.clock = clock;
    }

    FairBoard board(long fairId, int limit) {
        Fair fair = fairs.find(fairId).orElseThrow(() -> Fair.notFound(fairId));
        LocalDate today = LocalDate.now(clock);
        List<Vacancy> offered = vacancies.findVersioned(fair.vacancyIds()).stream().map(VacancyLedger.Versioned::vacancy)
                .sorted(Comparator.comparing(Vacancy::employer).thenComparing(Vacancy::title).thenComparing(Vacancy::id))
                .toList();
        Map<String, Shortlist> shortlists = new LinkedHashMap<>();
        for (Vacancy v : offered) {
            shortlists.put(v.id(), shortlist(v, today, limit));
        }
        Set<InvitationStore.Key> hired = invitations.hired(fair.vacancyIds());
        Map<String, Person> people = people(shortlists.values(), hired);
        Context context = new Context(people, new OtherMatches(offered, shortlists, today), invitations.invited(fairId),
                hired, today);
        Map<String, List<FairBoard.VacancySection>> byEmployer = new LinkedHashMap<>();
        for (Vacancy v : offered) {
            Shortlist s = shortlists.get(v.id());
            byEmployer.computeIfAbsent(v.employer(), e -> new ArrayList<>())
                    .add(new FairBoard.VacancySection(FairBoard.VacancyInfo.of(v), context.candidates(v, s), s.note()));
        }
        List<FairBoard.EmployerSection> sections = byEmployer.entrySet().stream()
                .map(e -> new FairBoard.EmployerSection(e.getKey(), e.getValue())).toList();
        return new FairBoard(fair.id(), fair.name(), fair.heldOn(), fair.venue(), today, limit, sections);
    }

    /** What a candidate's row needs besides the shortlist itself. */
    private record Context(Map<String, Person> people, OtherMatches others, Set<InvitationStore.Key> invited,
                           Set<InvitationStore.Key> hired, LocalDate today) {

        /** Those hired for the vacancy first (they are off its shortlist, not off the fair's list), then the shortlist. */
        List<FairCandidate> candidates(Vacancy v, Shortlist s) {
            List<FairCandidate> rows = new ArrayList<>();
            hired.stream().filter(k -> k.vacancyId().equals(v.id()) && people.containsKey(k.personId())).sorted(
                    Comparator.comparing(InvitationStore.Key::personId))
                    .forEach(k -> rows.add(FairCandidate.hired(people.get(k.personId()), v, today)));
            s.candidates().stream().filter(c -> people.containsKey(c.personId()))
                    .filter(c -> !hired.contains(new InvitationStore.Key(c.personId(), v.id()))).forEach(c -> {
                        Person p = people.get(c.personId());
                        rows.add(FairCandidate.of(c, p, others.of(p, v.id()),
                                invited.contains(new InvitationStore.Key(p.id(), v.id()))));
                    });
            return rows;
        }
    }

    Shortlist shortlist(Vacancy vacancy, LocalDate today, int limit) {
        try {
            return finder.shortlist(vacancy, today, limit);
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        }
    }

    private Map<String, Person> people(Iterable<Shortlist> shortlists, Set<InvitationStore.Key> hired) {
        Set<String> ids = new HashSet<>();
        shortlists.forEach(s -> s.candidates().stream().map(Candidate::personId).forEach(ids::add));
        hired.forEach(k -> ids.add(k.personId()));
        return persons.findVersioned(ids).stream().map(PersonLedger.Versioned::person)
                .collect(Collectors.toMap(Person::id, Function.identity()));
    }
}
