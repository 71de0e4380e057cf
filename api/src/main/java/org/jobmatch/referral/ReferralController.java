package org.jobmatch.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jobmatch.person.Persons;
import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What came of a referral, as staff learn it: declined (and why) or pending again. Placements set PLACED. */
@RestController
@Validated
class ReferralController {

    private final ReferralLedger referrals;
    private final Persons persons;
    private final JdbcTemplate jdbc;

    ReferralController(ReferralLedger referrals, Persons persons, JdbcTemplate jdbc) {
        this.referrals = referrals;
        this.persons = persons;
        this.jdbc = jdbc;
    }

    record Outcome(@NotNull ReferralOutcome outcome, @Size(max = 200) String reason) {
    }

    @PostMapping("/api/v1/referrals/{referralId}/outcome")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void outcome(@PathVariable long referralId, @Valid @RequestBody Outcome body) {
        if (body.outcome() != ReferralOutcome.DECLINED && body.outcome() != ReferralOutcome.PENDING) {
            throw ApiException.badRequest("invalid-outcome", "只能登记为未成功（DECLINED）或待定（PENDING）；录用请登记安置",
                    "only DECLINED or PENDING; a hire is recorded as a placement");
        }
        String personId = jdbc.queryForList("SELECT person_id FROM referrals WHERE id = ? AND outcome <> 'PLACED'",
                String.class, referralId).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("referral", String.valueOf(referralId)));
        persons.visible(personId);
        referrals.markOutcome(referralId, body.outcome(), body.reason());
    }
}
