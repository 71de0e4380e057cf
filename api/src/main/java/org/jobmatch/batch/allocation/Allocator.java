package org.jobmatch.batch.allocation;

import java.util.Arrays;

/**
 * Allocation as an optimisation (Google OR-tools' flow solvers): every person gets their share (three, or as
 * many options as they have), one vacancy per employer where their options allow; the caps are K x openings
 * where they can hold for everyone, else the smallest uniform factor that can, raised only where needed
 * ({@link CapSearch}); within the caps the total score is as high as it can be (min-cost max-flow).
 */
public final class Allocator {

    private final double precision;

    /** @param precision how close the factor gets to its lower bound, e.g. 0.05 for within 5 % */
    public Allocator(double precision) {
        this.precision = precision;
    }

    public Allocated allocate(Problem problem) {
        long start = System.nanoTime();
        Uncapped uncapped = Uncapped.of(problem);
        Network network = new Network(problem, uncapped);
        CapSearch.Caps caps = new CapSearch(network).search(precision, uncapped.maxRatio(problem.openings()));
        long[] flow = OrTools.minCostFlow(network.arcs, caps.caps(), network.demand);
        int[][] chosen = new int[network.optionArc.length][];
        double[] givenUp = new double[chosen.length];
        for (int p = 0; p < chosen.length; p++) {
            int[] arcs = network.optionArc[p];
            // options past the kept prefix never carry flow (Network#kept)
            chosen[p] = network.settled[p] ? Arrays.stream(uncapped.picks()[p]).sorted().toArray()
                    : java.util.stream.IntStream.range(0, arcs.length).filter(o -> flow[arcs[o]] > 0).toArray();
            double[] scores = problem.persons().get(p).scores();
            givenUp[p] = uncapped.score()[p] - Arrays.stream(chosen[p]).mapToDouble(o -> scores[o]).sum();
        }
        return new Allocated(chosen, givenUp, spread(problem, uncapped, chosen, caps, (System.nanoTime() - start) / 1e9));
    }

    private static Spread spread(Problem problem, Uncapped uncapped, int[][] chosen, CapSearch.Caps caps,
                                 double seconds) {
        long three = 0;
        long threePossible = 0;
        double chosenScore = 0;
        long[] load = new long[problem.vacancies()];
        for (int p = 0; p < chosen.length; p++) {
            Problem.PersonOptions options = problem.persons().get(p);
            three += chosen[p].length >= problem.limit() ? 1 : 0;
            threePossible += Network.demand(problem, options) >= problem.limit() ? 1 : 0;
            for (int o : chosen[p]) {
                chosenScore += options.scores()[o];
                load[options.vacancies()[o]]++;
            }
        }
        return new Spread(caps.kHolds(), caps.factor(), caps.lowerBound(), maxRatio(load, problem.openings()),
                caps.raised(), three, threePossible, chosen.length, Arrays.stream(uncapped.score()).sum(), chosenScore,
                caps.solves() + 1, seconds);
    }

    private static double maxRatio(long[] load, int[] openings) {
        double max = 0;
        for (int v = 0; v < load.length; v++) {
            max = Math.max(max, (double) load[v] / Math.max(1, openings[v]));
        }
        return max;
    }
}
