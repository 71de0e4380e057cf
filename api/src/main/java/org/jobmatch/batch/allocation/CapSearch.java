package org.jobmatch.batch.allocation;

import com.google.ortools.graph.MaxFlow;

/**
 * Finds the vacancies' caps: K x openings where that lets everyone have their share; otherwise the smallest
 * uniform factor over openings that does, applied only to the vacancies that need it: those the persons left short
 * can still reach in the residual network, added until everyone fits. The factor: each failed max flow's minimum cut
 * gives the least factor at which that cut could carry everyone's share, a lower bound on the factor and on the
 * largest referrals per opening of any allocation of these options; the next max flow tries that factor (a Newton
 * step of the parametric flow, most often the answer at once), after a few such steps within the precision above it.
 */
final class CapSearch {

    /** The caps found; {@code lowerBound}: no allocation's largest referrals per opening is below it. */
    record Caps(long[] caps, boolean kHolds, double factor, double lowerBound, int raised, int solves) {
    }

    /** A factor proven infeasible by a cut, and the least factor that cut allows. */
    private record Bound(double infeasible, double next) {
    }

    /** Trials at the least factor the last cut allows before stepping by the precision. */
    private static final int NEWTON_TRIALS = 3;

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
            // K failed: the minimum cut at K, and the average, bound the factor from below
            boolean[] reachedAtK = Residual.reachable(network, solver);
            double hi = Math.max(Math.max(k, average), uncappedRatio);
            Bound bound = cutBound(reachedAtK, Math.max(k, average), hi);
            double lo = bound.infeasible();
            // first the least factor the cut allows (often the answer), then steps of the precision
            for (int failed = 0; hi > lo * (1 + precision); failed++) {
                double trial = Math.min(hi, failed < NEWTON_TRIALS ? bound.next()
                        : Math.max(bound.next(), lo * (1 + precision)));
                if (trial >= hi || fits(caps(trial))) {
                    hi = trial;
                    break;
                }
                bound = cutBound(Residual.reachable(network, solver), trial, hi);
                lo = bound.infeasible();
            }
            long[] caps = raiseWhereNeeded(atK, reachedAtK, hi);
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
    private long[] raiseWhereNeeded(long[] atK, boolean[] reachedAtK, double factor) {
        long[] caps = atK.clone();
        long[] raisedCaps = caps(factor);
        // the first round's cut is the one found at K (the source side is the same for every maximum flow)
        for (boolean[] reached = reachedAtK; ; reached = Residual.reachable(network, solver)) {
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
            if (fits(caps)) {
                return caps;
            }
        }
    }

    /**
     * What the cut {@code reached} (source side of a minimum cut) proves: below {@code infeasible} its capacity stays
     * under the demand, so no caps, and no allocation, fit there; {@code next}, just above, is the least factor it
     * allows. Bisection between a factor known infeasible and a feasible one.
     */
    private Bound cutBound(boolean[] reached, double failed, double feasible) {
        long fixed = fixedCutCapacity(reached);
        double lo = failed;
        double hi = feasible;
        while (hi - lo > 1e-9 * hi) {
            double mid = (lo + hi) / 2;
            if (fixed + reachedCaps(reached, mid) < network.demand) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new Bound(lo, hi);
    }

    /** The capacity of the cut's arcs other than the vacancies' arcs to the sink. */
    private long fixedCutCapacity(boolean[] reached) {
        Network.Arcs arcs = network.arcs;
        long fixed = 0;
        for (int a = openings.length; a < arcs.size; a++) {
            fixed += reached[arcs.tail[a]] && !reached[arcs.head[a]] ? arcs.capacity[a] : 0;
        }
        return fixed;
    }

    /** The caps at {@code factor} of the vacancies on the cut's source side. */
    private long reachedCaps(boolean[] reached, double factor) {
        long sum = 0;
        for (int v = 0; v < openings.length; v++) {
            sum += reached[network.vacancyNode0 + v] ? (long) Math.floor(factor * openings[v] + 1e-9) : 0;
        }
        return sum;
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
