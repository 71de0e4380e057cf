package org.jobmatch.kiosk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jobmatch.domain.Masking;
import org.jobmatch.domain.Person;
import org.jobmatch.matching.Recommendation;
import org.jobmatch.matching.Recommendations;
import org.jobmatch.matching.Recommender;
import org.jobmatch.person.PersonLedger;
import org.jobmatch.referral.ReferralChannel;
import org.jobmatch.referral.ReferralLedger;
import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** What an identified person does at the kiosk: see their recommended jobs, and say which interest them. */
@Service
class KioskDesk {

    private final PersonLedger persons;
    private final Recommender recommender;
    private final ReferralLedger referrals;
    private final Clock clock;

    KioskDesk(PersonLedger persons, Recommender recommender, ReferralLedger referrals, Clock clock) {
        this.persons = persons;
        this.recommender = recommender;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** The person's own data, masked, and their jobs. */
    record MyJobs(String name, String township, List<JobCard> jobs, String note) {
    }

    /** {@code created}: false when the interest had been recorded before in this session. */
    record Interest(String vacancyId, long referralId, boolean created, String message) {
    }

    MyJobs jobs(KioskSession session) {
        Person person = persons.find(session.personId())
                .orElseThrow(() -> ApiException.notFound("person", session.personId()));
        Recommendations current = recommender.recommend(person, LocalDate.now(clock),
                recommender.settings().recommendations());
        session.show(current.recommendations());
        List<JobCard> cards = current.recommendations().stream()
                .map(r -> JobCard.of(r, session.referral(r.vacancyId()).isPresent())).toList();
        return new MyJobs(Masking.name(person.name()), person.township(), cards, current.note());
    }

    Interest interest(KioskSession session, String vacancyId) {
        var before = session.referral(vacancyId);
        if (before.isPresent()) {
            return new Interest(vacancyId, before.get(), false, "已经登记过，工作人员会尽快与您联系");
        }
        Recommendation shown = session.shown(vacancyId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "not-recommended", "该岗位不在为您推荐的岗位中", "vacancy " + vacancyId + " was not shown in this session"));
        long id = referrals.record(session.personId(), List.of(shown), ReferralChannel.KIOSK,
                "自助机 " + session.client(), null).get(0).referralId();
        session.referred(vacancyId, id);
        return new Interest(vacancyId, id, true, "已登记，工作人员会尽快与您联系");
    }
}
