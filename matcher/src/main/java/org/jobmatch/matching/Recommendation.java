package org.jobmatch.matching;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.matching.scoring.Scored;

/**
 * One recommended vacancy, in the contract's shape; township, work mode, wage and contact are
 * extensions for the kiosk cards and printed lists.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recommendation(int rank, String vacancyId, String title, String employer, String source,
                             double distanceKm, double score, List<String> reasons, String township,
                             String workMode, Integer wageMin, Integer wageMax, String contactName,
                             String contactPhone) {

    static Recommendation of(int rank, Scored scored) {
        Vacancy v = scored.vacancy().vacancy();
        var contact = v.contact();
        return new Recommendation(rank, v.id(), v.title(), v.employer(), v.source().name(),
                Math.round(scored.distanceKm() * 10) / 10.0, Math.round(scored.score() * 1000) / 1000.0,
                scored.reasons(), v.township(), v.workMode().name(), v.wageMin(), v.wageMax(),
                contact == null ? null : contact.name(), contact == null ? null : contact.phone());
    }
}
