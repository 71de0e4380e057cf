package org.jobmatch.batch.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The allocation's cost on a county-sized problem (92,000 persons, 20,000 vacancies, 20 options each, popular
 * vacancies listed far more than others), phase by phase. Run with {@code -Dallocation.scale=true}.
 */
class AllocatorScaleTest {

    @Test
    void allocatesACountyInSeconds() {
        Assumptions.assumeTrue(Boolean.getBoolean("allocation.scale"));
        Problem problem = county(92_000, 20_000, 20, 20261201);
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            Uncapped uncapped = Uncapped.of(problem);
            long t1 = System.nanoTime();
            Network network = new Network(problem, uncapped);
            long t2 = System.nanoTime();
            CapSearch.Caps caps = new CapSearch(network).search(0.05, uncapped.maxRatio(problem.openings()));
            long t3 = System.nanoTime();
            OrTools.minCostFlow(network.arcs, caps.caps(), network.demand);
            long t4 = System.nanoTime();
            System.out.printf(Locale.ROOT, "uncapped %.2f s, network %.2f s (%,d arcs, %,d settled), caps %.2f s (%d solves,"
                            + " factor %.2f, bound %.2f, raised %,d), min-cost flow %.2f s%n", (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, network.arcs.size, countSettled(network), (t3 - t2) / 1e9, caps.solves(),
                    caps.factor(), caps.lowerBound(), caps.raised(), (t4 - t3) / 1e9);
        }
        Allocated allocated = new Allocator(0.05).allocate(problem);
        System.out.println(allocated.spread());
        assertThat(allocated.spread().maxRatio()).isLessThanOrEqualTo(allocated.spread().lowerBound() * 1.1);
    }

    private static long countSettled(Network network) {
        long n = 0;
        for (boolean s : network.settled) {
            n += s ? 1 : 0;
        }
        return n;
    }

    static Problem county(int persons, int vacancies, int depth, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] openings = new int[vacancies];
        int[] employers = new int[vacancies];
        for (int v = 0; v < vacancies; v++) {
            openings[v] = 1 + random.nextInt(3);
            employers[v] = random.nextInt(vacancies / 3);
        }
        List<Problem.PersonOptions> list = new ArrayList<>(persons);
        for (int p = 0; p < persons; p++) {
            // a neighbourhood of 400 vacancies, the first ones of it far more attractive
            int base = random.nextInt(vacancies);
            int[] ids = random.ints(0, 400).map(i -> (int) (Math.pow(i / 400.0, 2.5) * 400)).distinct().limit(depth)
                    .map(i -> (base + i) % vacancies).toArray();
            double[] scores = new double[ids.length];
            double score = 0.95;
            for (int o = 0; o < ids.length; o++) {
                score -= random.nextDouble() * 0.02;
                scores[o] = score;
            }
            list.add(new Problem.PersonOptions(ids, scores));
        }
        return new Problem(3, 3, openings, employers, list);
    }
}
