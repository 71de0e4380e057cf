package org.jobmatch.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jobmatch.domain.Person;
import org.jobmatch.matching.FitExplanation;
import org.jobmatch.matching.Recommendations;
import org.jobmatch.matching.Recommender;
import org.jobmatch.person.Persons;
import org.jobmatch.referral.RecordedReferral;
import org.jobmatch.referral.ReferralChannel;
import org.jobmatch.referral.ReferralLedger;
import org.jobmatch.security.CurrentViewer;
import org.jobmatch.vacancy.VacancyLedger;
import org.jobmatch.web.ApiException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/persons/{id}")
class RecommendationController {

    private final Persons persons;
    private final VacancyLedger vacancies;
    private final Recommender recommender;
    private final ReferralLedger referrals;
    private final CurrentViewer viewer;
    private final Clock clock;

    RecommendationController(Persons persons, VacancyLedger vacancies, Recommender recommender,
                             ReferralLedger referrals, CurrentViewer viewer, Clock clock) {
        this.persons = persons;
        this.vacancies = vacancies;
        this.recommender = recommender;
        this.referrals = referrals;
        this.viewer = viewer;
        this.clock = clock;
    }

    @GetMapping("/recommendations")
    Recommendations recommendations(@PathVariable String id,
                                    @RequestParam(required = false) @Min(1) @Max(20) Integer limit) {
        return recommend(person(id), limit == null ? recommender.settings().recommendations() : limit);
    }

    /** Optional body of a referral request: who made it, and where. */
    record ReferralRequest(ReferralChannel channel, @Size(max = 100) String operator) {
    }

    record ReferralResponse(String personId, List<RecordedReferral> recommendations, String note) {
    }

    @PostMapping("/referrals")
    ReferralResponse refer(@PathVariable String id, @RequestBody(required = false) @Valid ReferralRequest request) {
        Recommendations current = recommend(person(id), recommender.settings().recommendations());
        ReferralChannel channel = request == null || request.channel() == null ? ReferralChannel.COUNTER : request.channel();
        String operator = viewer.get().operator(request == null ? null : request.operator());
        return new ReferralResponse(id, referrals.record(id, current.recommendations(), channel, operator, null),
                current.note());
    }

    /** The person must be of the viewer's township; the vacancy may be anywhere they could be sent. */
    @GetMapping("/fit/{vacancyId}")
    FitExplanation fit(@PathVariable String id, @PathVariable String vacancyId) {
        var vacancy = vacancies.find(vacancyId).orElseThrow(() -> ApiException.notFound("vacancy", vacancyId));
        return recommender.explain(person(id), vacancy, LocalDate.now(clock));
    }

    private Recommendations recommend(Person person, int limit) {
        return recommender.recommend(person, LocalDate.now(clock), limit);
    }

    private Person person(String id) {
        return persons.visible(id);
    }
}
