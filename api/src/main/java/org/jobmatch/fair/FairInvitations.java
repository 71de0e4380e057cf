package org.jobmatch.fair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.jobmatch.domain.Person;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.matching.Candidate;
import org.jobmatch.matching.Recommendation;
import org.jobmatch.matching.rules.HardRules;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.referral.RecordedReferral;
import org.jobmatch.referral.ReferralChannel;
import org.jobmatch.referral.ReferralLedger;
import org.jobmatch.referral.ReferralOutcome;
import org.jobmatch.vacancy.VacancyLedger;
import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Invites a shortlisted person at a fair: a FAIR referral with outcome INVITED, at the rank and score the
 * shortlist gives. Only persons on the vacancy's shortlist, i.e. passing every hard rule, can be invited.
 */
@Service
class FairInvitations {

    static final int SEARCH_DEPTH = 200;

    private final FairStore fairs;
    private final InvitationStore invitations;
    private final FairBoards boards;
    private final VacancyLedger vacancies;
    private final PersonLedger persons;
    private final ReferralLedger referrals;
    private final TransactionOperations transactions;
    private final Clock clock;

    FairInvitations(FairStore fairs, InvitationStore invitations, FairBoards boards, VacancyLedger vacancies,
                    PersonLedger persons, ReferralLedger referrals, TransactionOperations transactions, Clock clock) {
        this.fairs = fairs;
        this.invitations = invitations;
        this.boards = boards;
        this.vacancies = vacancies;
        this.persons = persons;
        this.referrals = referrals;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The invitation and whether it was made now (false: it had been made before). */
    record Outcome(Invitation invitation, boolean created) {
    }

    /** Searches before the ledger's transaction: a hung Elasticsearch must not hold a ledger connection meanwhile. */
    Outcome invite(long fairId, Invitation.Request request) {
        Fair fair = fairs.find(fairId).orElseThrow(() -> Fair.notFound(fairId));
        String personId = request.personId();
        String vacancyId = request.vacancyId();
        if (!fair.vacancyIds().contains(vacancyId)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "not-at-fair", "岗位 " + vacancyId + " 不在本场招聘会中",
                    "vacancy " + vacancyId + " is not offered at fair " + fairId);
        }
        var existing = invitations.find(fairId, personId, vacancyId);
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false);
        }
        Vacancy vacancy = vacancies.find(vacancyId).orElseThrow(() -> ApiException.notFound("vacancy", vacancyId));
        Person person = persons.find(personId).orElseThrow(() -> ApiException.notFound("person", personId));
        Candidate candidate = onShortlist(vacancy, person);
        return transactions.execute(status -> record(fairId, request, vacancy, candidate));
    }

    private Outcome record(long fairId, Invitation.Request request, Vacancy vacancy, Candidate candidate) {
        String personId = request.personId();
        RecordedReferral referral = referrals.record(personId, List.of(recommendation(vacancy, candidate)),
                ReferralChannel.FAIR, request.operator(), null).get(0);
        referrals.markOutcome(referral.referralId(), ReferralOutcome.INVITED);
        if (!invitations.insert(fairId, personId, vacancy.id(), referral.referralId())) {
            throw ApiException.conflict("already-invited", "该人员刚刚已被邀请", "invited concurrently");
        }
        return new Outcome(new Invitation(fairId, personId, vacancy.id(), referral.referralId(),
                ReferralOutcome.INVITED.name(), referral.referredAt()), true);
    }

    private Candidate onShortlist(Vacancy vacancy, Person person) {
        LocalDate today = LocalDate.now(clock);
        return boards.shortlist(vacancy, today, SEARCH_DEPTH).candidates().stream()
                .filter(c -> c.personId().equals(person.id())).findFirst()
                .orElseThrow(() -> notEligible(person, vacancy, today));
    }

    private static ApiException notEligible(Person person, Vacancy vacancy, LocalDate today) {
        String why = HardRules.failures(person, vacancy, today).stream()
                .map(f -> f.rule().label() + "（" + f.detail() + "）").collect(Collectors.joining("；"));
        String zh = why.isEmpty() ? "不在该岗位候选名单的前 " + SEARCH_DEPTH + " 名中" : "不符合岗位条件: " + why;
        return ApiException.conflict("not-eligible", "不能邀请 " + person.id() + "，" + zh,
                "person " + person.id() + " is not on the shortlist of vacancy " + vacancy.id());
    }

    private static Recommendation recommendation(Vacancy v, Candidate c) {
        var contact = v.contact();
        return new Recommendation(c.rank(), v.id(), v.title(), v.employer(), v.source().name(), c.distanceKm(),
                c.score(), c.reasons(), v.township(), v.workMode().name(), v.wageMin(), v.wageMax(),
                contact == null ? null : contact.name(), contact == null ? null : contact.phone());
    }
}
