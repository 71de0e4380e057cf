package org.jobmatch.batch;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.matching.BatchRecommender;
import org.jobmatch.matching.scoring.Option;
import org.jobmatch.matching.Ranking;
import org.jobmatch.matching.Rankings;
import org.jobmatch.matching.Recommendations;
import org.springframework.stereotype.Component;

/** Turns a person's allocation into their result line ({@code {"personId","recommendations","note"}}). */
@Component
class ResultLines {

    private final BatchRecommender recommender;
    private final ObjectMapper json;

    ResultLines(BatchRecommender recommender, ObjectMapper json) {
        this.recommender = recommender;
        this.json = json;
    }

    CompletedPerson completed(Rankings rankings, Ranking ranking, Allocation.Outcome<Option> outcome,
                              RecentReferrals recent) {
        try {
            Recommendations recommendations = withheld(recent, ranking,
                    recommender.recommendations(rankings, ranking, outcome.chosen()));
            return new CompletedPerson(ranking.personId(), false, line(recommendations),
                    recommendations.recommendations(), outcome.scoreGivenUp(), outcome.capRelaxed());
        } catch (RuntimeException e) {
            return failed(ranking.personId(), e.toString());
        }
    }

    /** The note says so when recent referrals held back left the list short. */
    private Recommendations withheld(RecentReferrals recent, Ranking ranking, Recommendations given) {
        String why = recent.note(ranking, given.recommendations().size(), recommender.settings().recommendations());
        if (why == null) {
            return given;
        }
        return new Recommendations(given.personId(), given.recommendations(),
                given.note() == null ? why : why + "；" + given.note());
    }

    CompletedPerson failed(String personId, String why) {
        Recommendations none = new Recommendations(personId, List.of(), "推荐失败，请单独重试 (" + why + ")");
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
