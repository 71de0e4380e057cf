package org.jobmatch.batch.allocation;

import java.util.List;

/**
 * What a run allocates: per vacancy its openings and its employer (an index), per person their options best first.
 * Each person gets up to {@code limit} options, one per employer where their options allow; a vacancy should get
 * at most {@code referralsPerOpening} x openings.
 */
public record Problem(int limit, int referralsPerOpening, int[] openings, int[] employerOf, List<PersonOptions> persons) {

    public Problem {
        if (openings.length != employerOf.length || limit < 1 || referralsPerOpening < 1) {
            throw new IllegalArgumentException("inconsistent allocation problem");
        }
        persons = List.copyOf(persons);
    }

    /** One person's options, best first: vacancy indices and their scores. */
    public record PersonOptions(int[] vacancies, double[] scores) {

        public PersonOptions {
            if (vacancies.length != scores.length) {
                throw new IllegalArgumentException("one score per option");
            }
        }

        public int size() {
            return vacancies.length;
        }
    }

    int vacancies() {
        return openings.length;
    }
}
