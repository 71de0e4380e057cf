package org.jobmatch.batch.allocation;

import com.google.ortools.graph.MaxFlow;

/**
 * Finds the vacancies' caps: K x openings where that lets everyone have their share; otherwise the smallest
 * uniform factor over openings that does (geometric bisection, each step a max-flow check), applied only to the
 * vacancies that need it: those the persons left short can still reach in the residual network, added until
 * everyone fits. The factor's bisection also gives a lower bound on the largest referrals per opening any
 * allocation of these options could reach.
 */
final class CapSearch {

    /** The caps found; {@code lowerBound}: no allocation's largest referrals per opening is below it. */
    record Caps(long[] caps, boolean kHolds, double factor, double lowerBound, int raised, int solves) {
    }

    private final Network network;
    private final int[] openings;
    private final MaxFlow solver;
    private int solves;

    CapSearch(Network network) {
        this.network = network;
        this.openings = network.problem.openings();
        this.solver = OrTools.maxFlow(network.arcs);
    }

    Caps search(double precision, double uncappedRatio) {
        try {
            int k = network.problem.referralsPerOpening();
            long[] atK = caps(k);
            double average = averageRatio();
            if (fits(atK)) {
                return new Caps(atK, true, k, Math.min(k, average), 0, solves);
            }
            // K failed, and no allocation's maximum is below the average; the uncapped picks always fit
            double lo = Math.max(k, average);
            double hi = Math.max(lo, uncappedRatio);
            // upwards from the lower end in growing steps: the factor needed is most often just above it
            for (double step = precision; lo * (1 + step) < hi; step *= 2) {
                double trial = lo * (1 + step);
                if (fits(caps(trial))) {
                    hi = trial;
                    break;
                }
                lo = trial;
            }
            while (hi / lo > 1 + precision) {
                double mid = Math.sqrt(lo * hi);
                if (fits(caps(mid))) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            long[] caps = raiseWhereNeeded(atK, hi);
            int raised = 0;
            for (int v = 0; v < caps.length; v++) {
                raised += caps[v] > atK[v] ? 1 : 0;
            }
            return new Caps(caps, false, hi, lo, raised, solves);
        } finally {
            solver.delete();
        }
    }

    /** Everyone gets their share within {@code caps}. */
    private boolean fits(long[] caps) {
        for (int v = 0; v < caps.length; v++) {
            solver.setArcCapacity(v, caps[v]);
        }
        solves++;
        MaxFlow.Status status = solver.solve(Network.SOURCE, Network.SINK);
        if (status != MaxFlow.Status.OPTIMAL) {
            throw new IllegalStateException("max flow: " + status);
        }
        return solver.getOptimalFlow() == network.demand;
    }

    /** K x openings, raised to {@code factor} x openings for the vacancies the persons left short can reach. */
    private long[] raiseWhereNeeded(long[] atK, double factor) {
        long[] caps = atK.clone();
        long[] raisedCaps = caps(factor);
        while (!fits(caps)) {
            boolean[] reached = Residual.reachable(network, solver);
            int added = 0;
            for (int v = 0; v < caps.length; v++) {
                if (reached[network.vacancyNode0 + v] && caps[v] < raisedCaps[v]) {
                    caps[v] = raisedCaps[v];
                    added++;
                }
            }
            if (added == 0) {
                throw new IllegalStateException("no cap left to raise");
            }
        }
        return caps;
    }

    private long[] caps(double factor) {
        long[] caps = new long[openings.length];
        for (int v = 0; v < caps.length; v++) {
            caps[v] = (long) Math.floor(factor * openings[v] + 1e-9);
        }
        return caps;
    }

    /** Referrals over openings: no allocation's largest ratio can be below it. */
    private double averageRatio() {
        long open = 0;
        for (int o : openings) {
            open += o;
        }
        return open == 0 ? 1 : Math.max(1e-3, (double) network.totalDemand / open);
    }
}
