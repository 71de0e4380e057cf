package org.jobmatch.batch.allocation;

import java.util.List;
import java.util.stream.IntStream;

import org.jobmatch.matching.EmployerSpread;

/** Each person's picks with no cap (what one request gives), their score and the load they put on each vacancy. */
record Uncapped(int[][] picks, double[] score, long[] load) {

    static Uncapped of(Problem problem) {
        int n = problem.persons().size();
        int[][] picks = new int[n][];
        double[] score = new double[n];
        long[] load = new long[problem.vacancies()];
        for (int p = 0; p < n; p++) {
            Problem.PersonOptions options = problem.persons().get(p);
            List<Integer> ranked = IntStream.range(0, options.size()).boxed().toList();
            picks[p] = EmployerSpread.pick(ranked, problem.limit(),
                    o -> Integer.toString(problem.employerOf()[options.vacancies()[o]])).stream()
                    .mapToInt(Integer::intValue).toArray();
            for (int o : picks[p]) {
                score[p] += options.scores()[o];
                load[options.vacancies()[o]]++;
            }
        }
        return new Uncapped(picks, score, load);
    }

    /** The largest referrals per opening of the uncapped picks: a factor every cap search can fall back on. */
    double maxRatio(int[] openings) {
        double max = 0;
        for (int v = 0; v < openings.length; v++) {
            max = Math.max(max, (double) load[v] / Math.max(1, openings[v]));
        }
        return max;
    }
}
