package org.jobmatch.batch.allocation;

import java.util.HashMap;
import java.util.Map;

/**
 * The flow network of a {@link Problem}: source → person (their demand) → (person, employer) (one place per
 * employer, more only where the person has fewer employers than places) → vacancy (1, the option's cost) → sink
 * (the vacancy's cap). A (person, employer) node is left out where the employer has one option for the person.
 * Arcs 0..V-1 are the vacancies' arcs to the sink, so caps are set by vacancy index.
 */
final class Network {

    static final int SOURCE = 0;
    static final int SINK = 1;
    /**
     * Costs: (1 - score) in steps of 1/20,000, then the option's rank, so that equal scores keep the ranking's order
     * (options come best first, so the rank never reverses the scores). Small costs keep the cost-scaling solver's
     * phases few.
     */
    private static final long SCALE = 20_000;
    private static final int RANKS = 64;

    final Problem problem;
    final int vacancyNode0 = 2;
    int nodes;
    final Arcs arcs = new Arcs();
    /** Per person, the arc of each option (none for a person whose picks are {@link #settled}). */
    final int[][] optionArc;
    /**
     * Per person: their uncapped picks are all safe vacancies, so those picks are their best allocation whatever the
     * others get, and they take no room anyone could miss. Such persons are left out of the network.
     */
    final boolean[] settled;
    /** The persons' shares in the network (the flow a fit must carry); and with the settled persons'. */
    final long demand;
    final long totalDemand;
    /** Vacancies listed by no more persons than K x openings: never full, whatever the others get. */
    private final boolean[] safe;

    Network(Problem problem, Uncapped uncapped) {
        this.problem = problem;
        int v = problem.vacancies();
        nodes = vacancyNode0 + v;
        for (int i = 0; i < v; i++) {
            arcs.add(vacancyNode0 + i, SINK, 0, 0);
        }
        optionArc = new int[problem.persons().size()][];
        settled = new boolean[optionArc.length];
        safe = safe(problem);
        long total = 0;
        long all = 0;
        for (int p = 0; p < optionArc.length; p++) {
            Problem.PersonOptions options = problem.persons().get(p);
            all += demand(problem, options);
            settled[p] = settled(options, uncapped.picks()[p]);
            if (settled[p]) {
                optionArc[p] = new int[0];
            } else {
                total += addPerson(p, options);
            }
        }
        demand = total;
        totalDemand = all;
    }

    /** The person's share of referrals: as many as the limit, or as they have options. */
    static int demand(Problem problem, Problem.PersonOptions options) {
        return Math.min(problem.limit(), options.size());
    }

    private int addPerson(int p, Problem.PersonOptions options) {
        int person = nodes++;
        int demand = demand(problem, options);
        arcs.add(SOURCE, person, demand, 0);
        int kept = kept(options);
        Map<Integer, Integer> perEmployer = new HashMap<>();
        for (int o = 0; o < kept; o++) {
            perEmployer.merge(problem.employerOf()[options.vacancies()[o]], 1, Integer::sum);
        }
        int perEmployerCap = Math.max(1, problem.limit() - (perEmployer.size() - 1));
        Map<Integer, Integer> employerNode = new HashMap<>();
        optionArc[p] = new int[kept];
        for (int o = 0; o < kept; o++) {
            int vacancy = options.vacancies()[o];
            int employer = problem.employerOf()[vacancy];
            int from = person;
            if (perEmployer.get(employer) > 1) {
                from = employerNode.computeIfAbsent(employer, e -> {
                    int node = nodes++;
                    arcs.add(person, node, perEmployerCap, 0);
                    return node;
                });
            }
            optionArc[p][o] = arcs.add(from, vacancyNode0 + vacancy, 1, cost(options.scores()[o], o));
        }
        return demand;
    }

    /**
     * How many of the person's options can matter: once they have {@code limit} safe options of as many employers,
     * any later option is worse than one of those, which always has room and an employer not taken.
     */
    private int kept(Problem.PersonOptions options) {
        java.util.Set<Integer> safeEmployers = new java.util.HashSet<>();
        for (int o = 0; o < options.size(); o++) {
            int vacancy = options.vacancies()[o];
            if (safe[vacancy] && safeEmployers.add(problem.employerOf()[vacancy])
                    && safeEmployers.size() == problem.limit()) {
                return o + 1;
            }
        }
        return options.size();
    }

    private boolean settled(Problem.PersonOptions options, int[] picks) {
        if (picks.length < demand(problem, options)) {
            return false;
        }
        for (int o : picks) {
            if (!safe[options.vacancies()[o]]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] safe(Problem problem) {
        long[] listed = new long[problem.vacancies()];
        problem.persons().forEach(p -> {
            for (int v : p.vacancies()) {
                listed[v]++;
            }
        });
        boolean[] safe = new boolean[listed.length];
        for (int v = 0; v < safe.length; v++) {
            safe[v] = listed[v] <= (long) problem.referralsPerOpening() * problem.openings()[v];
        }
        return safe;
    }

    private static long cost(double score, int rank) {
        double clamped = Math.max(0, Math.min(1, score));
        return Math.round((1 - clamped) * SCALE) * RANKS + Math.min(rank, RANKS - 1);
    }

    /** The arcs as parallel arrays, in the order they were added (the solvers number them the same). */
    static final class Arcs {
        int size;
        int[] tail = new int[1024];
        int[] head = new int[1024];
        long[] capacity = new long[1024];
        long[] cost = new long[1024];

        int add(int from, int to, long cap, long unitCost) {
            if (size == tail.length) {
                int grown = size * 2;
                tail = java.util.Arrays.copyOf(tail, grown);
                head = java.util.Arrays.copyOf(head, grown);
                capacity = java.util.Arrays.copyOf(capacity, grown);
                cost = java.util.Arrays.copyOf(cost, grown);
            }
            tail[size] = from;
            head[size] = to;
            capacity[size] = cap;
            cost[size] = unitCost;
            return size++;
        }
    }
}
