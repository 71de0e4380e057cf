package org.jobmatch.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.jobmatch.matching.EmployerSpread;

/**
 * Fair spread: allocates each person's picks with the vacancies' remaining capacity in mind. Persons with
 * the fewest options choose first; each takes the best picks (three employers where possible) among
 * vacancies below their cap, and only when that leaves them short, picks from capped vacancies: the cap
 * relaxes rather than leaving anyone with fewer jobs than the uncapped ranking would give.
 *
 * @param <O> an option: a vacancy with its score for one person, options given best first
 */
final class Allocation<O> {

    /** One person's picks, in rank order; how much score they gave up against their uncapped picks. */
    record Outcome<O>(List<O> chosen, boolean capRelaxed, double scoreGivenUp) {
    }

    private final Function<O, String> vacancy;
    private final Function<O, String> employer;
    private final ToDoubleFunction<O> score;
    private final int limit;

    Allocation(Function<O, String> vacancy, Function<O, String> employer, ToDoubleFunction<O> score, int limit) {
        this.vacancy = vacancy;
        this.employer = employer;
        this.score = score;
        this.limit = limit;
    }

    /**
     * @param options   per person, their options best first
     * @param remaining referrals each vacancy may still take in this run (absent: no cap); updated in place
     * @return per person, in the order given
     */
    List<Outcome<O>> allocate(List<List<O>> options, Map<String, Integer> remaining) {
        List<Outcome<O>> outcomes = new ArrayList<>(java.util.Collections.nCopies(options.size(), null));
        int[] order = IntStream.range(0, options.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> options.get(i).size()).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int person : order) {
            outcomes.set(person, choose(options.get(person), remaining));
        }
        return outcomes;
    }

    private Outcome<O> choose(List<O> ranked, Map<String, Integer> remaining) {
        List<O> open = new ArrayList<>(ranked.size());
        List<O> full = new ArrayList<>();
        for (O option : ranked) {
            (remaining.getOrDefault(vacancy.apply(option), Integer.MAX_VALUE) > 0 ? open : full).add(option);
        }
        List<O> preferred = new ArrayList<>(open);
        preferred.addAll(full);
        List<O> picks = EmployerSpread.pick(preferred, limit, employer);
        Map<O, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            rank.put(ranked.get(i), i);
        }
        List<O> chosen = new ArrayList<>(picks);
        chosen.sort(Comparator.comparingInt(rank::get));
        boolean relaxed = false;
        for (O option : chosen) {
            relaxed |= remaining.getOrDefault(vacancy.apply(option), Integer.MAX_VALUE) <= 0;
            remaining.computeIfPresent(vacancy.apply(option), (v, left) -> left - 1);
        }
        double givenUp = total(EmployerSpread.pick(ranked, limit, employer)) - total(chosen);
        return new Outcome<>(List.copyOf(chosen), relaxed, givenUp);
    }

    private double total(List<O> picks) {
        return picks.stream().mapToDouble(score).sum();
    }

    /** Capacity of each vacancy: K x openings. */
    static Map<String, Integer> capacity(Map<String, Integer> openings, int referralsPerOpening,
                                         Map<String, Long> alreadyReferred) {
        Map<String, Integer> remaining = new HashMap<>(openings.size() * 2);
        openings.forEach((id, open) -> remaining.put(id,
                (int) Math.max(0, (long) open * referralsPerOpening - alreadyReferred.getOrDefault(id, 0L))));
        return remaining;
    }
}
