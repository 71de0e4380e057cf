package org.jobmatch.matching;

import java.util.List;

import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.scoring.Option;

/**
 * A person's eligible vacancies, best first, for allocation in a batch. {@code options} is empty for a person
 * who does not seek work.
 */
public record Ranking(PersonProfile profile, List<Option> options) {

    public String personId() {
        return profile.person().id();
    }
}
