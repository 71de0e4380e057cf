package org.jobmatch.batch.allocation;

import com.google.ortools.Loader;
import com.google.ortools.graph.MaxFlow;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/** Google OR-tools' flow solvers, their native library loaded once, fed a {@link Network}'s arcs. */
final class OrTools {

    private static boolean loaded;

    private OrTools() {
    }

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** A max-flow solver over the network's arcs (the sink arcs' capacities are set per solve). */
    static MaxFlow maxFlow(Network.Arcs arcs) {
        load();
        MaxFlow solver = new MaxFlow();
        for (int a = 0; a < arcs.size; a++) {
            check(a, solver.addArcWithCapacity(arcs.tail[a], arcs.head[a], arcs.capacity[a]));
        }
        return solver;
    }

    /** The flow of {@code demand} (it must fit within the vacancies' caps {@code caps}) at the least cost; per arc. */
    static long[] minCostFlow(Network.Arcs arcs, long[] caps, long demand) {
        load();
        MinCostFlow solver = new MinCostFlow();
        try {
            for (int a = 0; a < arcs.size; a++) {
                long capacity = a < caps.length ? caps[a] : arcs.capacity[a];
                check(a, solver.addArcWithCapacityAndUnitCost(arcs.tail[a], arcs.head[a], capacity, arcs.cost[a]));
            }
            // the caps were chosen so that everyone's share fits: the flow is exactly the demand, at the least cost
            solver.setNodeSupply(Network.SOURCE, demand);
            solver.setNodeSupply(Network.SINK, -demand);
            MinCostFlowBase.Status status = solver.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow: " + status);
            }
            long[] flow = new long[arcs.size];
            for (int a = 0; a < arcs.size; a++) {
                flow[a] = solver.getFlow(a);
            }
            return flow;
        } finally {
            solver.delete();
        }
    }

    private static void check(int expected, int arc) {
        if (arc != expected) {
            throw new IllegalStateException("arcs numbered out of order");
        }
    }
}
