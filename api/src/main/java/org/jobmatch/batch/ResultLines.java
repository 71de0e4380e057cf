package org.jobmatch.batch;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.domain.Person;
import org.jobmatch.matching.BatchRecommender;
import org.jobmatch.matching.Recommendations;
import org.jobmatch.matching.pool.VacancyPool;
import org.jobmatch.matching.scoring.Option;
import org.springframework.stereotype.Component;

/** Turns a person's allocation into their result line ({@code {"personId","recommendations","note"}}). */
@Component
class ResultLines {

    /** The note of a person who could not be ranked: no exception's text (it can carry personal data). */
    static final String FAILED = "推荐失败，请单独重试 (ranking failed, try this person on their own)";

    private final BatchRecommender recommender;
    private final ObjectMapper json;
    private final long recentDays;

    ResultLines(BatchRecommender recommender, ObjectMapper json, BatchProperties properties) {
        this.recommender = recommender;
        this.json = json;
        this.recentDays = properties.repeatReferralsAfter().toDays();
    }

    CompletedPerson completed(VacancyPool.View view, Person person, LocalDate runOn, List<Option> chosen,
                              OptionsCodec.Chosen allocation) {
        try {
            Recommendations recommendations = withheld(allocation.withheld(),
                    recommender.recommendations(view, person, runOn, chosen));
            return new CompletedPerson(person.id(), false, line(recommendations), recommendations.recommendations(),
                    allocation.scoreGivenUp(), allocation.capRelaxed());
        } catch (RuntimeException e) {
            return failed(person.id());
        }
    }

    /** The note says so when recent referrals held back left the list short. */
    private Recommendations withheld(int withheld, Recommendations given) {
        String why = RecentReferrals.note(recentDays, withheld, given.recommendations().size(),
                recommender.settings().recommendations());
        if (why == null) {
            return given;
        }
        return new Recommendations(given.personId(), given.recommendations(),
                given.note() == null ? why : why + "；" + given.note());
    }

    CompletedPerson failed(String personId) {
        Recommendations none = new Recommendations(personId, List.of(), FAILED);
        return new CompletedPerson(personId, true, line(none), List.of(), 0, false);
    }

    private String line(Recommendations recommendations) {
        try {
            return json.writeValueAsString(recommendations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
