package org.jobmatch.matching.pool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.jobmatch.matching.scoring.Option;

/**
 * Keeps, of the options offered, the best {@code depth} and the best option of each of the best {@code employers}
 * employers: all that picking a person's jobs from different employers can need. Says how good an option must
 * at least be to be kept.
 */
final class Best {

    private final int depth;
    private final int employers;
    private final PriorityQueue<Option> top;
    private final Map<String, Option> byEmployer = new LinkedHashMap<>();

    Best(int depth, int employers) {
        this.depth = depth;
        this.employers = employers;
        this.top = new PriorityQueue<>(depth + 1, Option.BEST_FIRST.reversed());
    }

    /** No option scoring below this can be kept (ties may). */
    double threshold() {
        if (top.size() < depth || byEmployer.size() < employers) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.min(top.peek().score(), worstEmployerBest().score());
    }

    void offer(Option option) {
        top.add(option);
        if (top.size() > depth) {
            top.poll();
        }
        Option known = byEmployer.get(option.employer());
        if (known != null) {
            if (Option.BEST_FIRST.compare(option, known) < 0) {
                byEmployer.put(option.employer(), option);
            }
        } else if (byEmployer.size() < employers) {
            byEmployer.put(option.employer(), option);
        } else if (Option.BEST_FIRST.compare(option, worstEmployerBest()) < 0) {
            byEmployer.remove(worstEmployerBest().employer());
            byEmployer.put(option.employer(), option);
        }
    }

    /** Everything kept, best first. */
    List<Option> ranked() {
        Map<String, Option> all = new LinkedHashMap<>();
        top.forEach(o -> all.put(o.vacancyId(), o));
        byEmployer.values().forEach(o -> all.put(o.vacancyId(), o));
        List<Option> ranked = new ArrayList<>(all.values());
        ranked.sort(Option.BEST_FIRST);
        return ranked;
    }

    private Option worstEmployerBest() {
        return byEmployer.values().stream().max(Option.BEST_FIRST).orElseThrow();
    }
}
