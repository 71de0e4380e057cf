package org.jobmatch.fair;

import java.time.LocalDate;
import java.util.List;

import org.jobmatch.domain.Ages;
import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.Masking;
import org.jobmatch.domain.Person;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.matching.Candidate;
import org.jobmatch.pages.JobTexts;

/**
 * One person on a vacancy's shortlist at a fair. Shown on a screen at the fair and printed, so the name is
 * masked and neither ID number nor phone is carried at all; the ledger id lets staff look the person up.
 */
record FairCandidate(int rank, String personId, String name, String gender, int age, String township,
                     String village, List<String> groups, double distanceKm, double score, List<String> reasons,
                     List<OtherMatch> otherMatches, boolean invited, boolean hired) {

    /** Another vacancy of the same fair the person may be referred to; {@code rank} on its shortlist, if there. */
    record OtherMatch(String vacancyId, String title, String employer, Integer rank) {
    }

    static FairCandidate of(Candidate c, Person p, List<OtherMatch> others, boolean invited) {
        List<String> groups = p.groups().stream().sorted().map(AssistanceGroup::label).toList();
        return new FairCandidate(c.rank(), p.id(), Masking.name(p.name()), JobTexts.gender(p.gender()), c.age(),
                p.township(), p.village(), groups, c.distanceKm(), c.score(), c.reasons(), others, invited, false);
    }

    /** A person hired for the vacancy (placed there): no longer on its shortlist, still on the fair's list. */
    static FairCandidate hired(Person p, Vacancy v, LocalDate today) {
        List<String> groups = p.groups().stream().sorted().map(AssistanceGroup::label).toList();
        return new FairCandidate(0, p.id(), Masking.name(p.name()), JobTexts.gender(p.gender()),
                Ages.ageOn(p.birthDate(), today), p.township(), p.village(), groups,
                Math.round(p.location().distanceKm(v.location()) * 10) / 10.0, 0, List.of("已录用"), List.of(), true,
                true);
    }
}
