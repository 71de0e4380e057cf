package org.jobmatch.batch.allocation;

import java.util.ArrayDeque;
import java.util.Deque;

import com.google.ortools.graph.MaxFlow;

/** The nodes reachable from the source in the residual network of a max flow: the side of a minimum cut. */
final class Residual {

    private Residual() {
    }

    static boolean[] reachable(Network network, MaxFlow solved) {
        Network.Arcs arcs = network.arcs;
        long[] flow = new long[arcs.size];
        for (int a = 0; a < arcs.size; a++) {
            flow[a] = solved.getFlow(a);
        }
        int[][] incidence = incidence(network);
        boolean[] seen = new boolean[network.nodes];
        Deque<Integer> queue = new ArrayDeque<>();
        seen[Network.SOURCE] = true;
        queue.add(Network.SOURCE);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int a : incidence[node]) {
                boolean out = arcs.tail[a] == node;
                int next = out ? arcs.head[a] : arcs.tail[a];
                long capacity = a < network.problem.vacancies() ? solved.getCapacity(a) : arcs.capacity[a];
                boolean residual = out ? flow[a] < capacity : flow[a] > 0;
                if (residual && !seen[next]) {
                    seen[next] = true;
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    /** Per node, the arcs leaving or entering it. */
    private static int[][] incidence(Network network) {
        Network.Arcs arcs = network.arcs;
        int[] degree = new int[network.nodes];
        for (int a = 0; a < arcs.size; a++) {
            degree[arcs.tail[a]]++;
            degree[arcs.head[a]]++;
        }
        int[][] incidence = new int[network.nodes][];
        for (int n = 0; n < incidence.length; n++) {
            incidence[n] = new int[degree[n]];
            degree[n] = 0;
        }
        for (int a = 0; a < arcs.size; a++) {
            incidence[arcs.tail[a]][degree[arcs.tail[a]]++] = a;
            incidence[arcs.head[a]][degree[arcs.head[a]]++] = a;
        }
        return incidence;
    }
}
