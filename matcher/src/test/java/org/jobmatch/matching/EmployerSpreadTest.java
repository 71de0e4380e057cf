package org.jobmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EmployerSpreadTest {

    record Job(String id, String employer) {
    }

    @Test
    void takesTheBestOfThreeEmployersBeforeASecondJobOfOne() {
        List<Job> ranked = List.of(new Job("a1", "A"), new Job("a2", "A"), new Job("b1", "B"), new Job("c1", "C"));

        assertThat(EmployerSpread.pick(ranked, 3, Job::employer)).extracting(Job::id).containsExactly("a1", "b1", "c1");
    }

    @Test
    void fillsUpWithTheNextBestWhenTooFewEmployers() {
        List<Job> ranked = List.of(new Job("a1", "A"), new Job("a2", "A"), new Job("b1", "B"), new Job("a3", "A"));

        assertThat(EmployerSpread.pick(ranked, 3, Job::employer)).extracting(Job::id).containsExactly("a1", "a2", "b1");
    }
}
