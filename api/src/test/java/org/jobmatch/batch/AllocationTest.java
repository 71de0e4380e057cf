package org.jobmatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AllocationTest {

    record Offer(String vacancy, String employer, double score) {
    }

    private final Allocation<Offer> allocation = new Allocation<>(Offer::vacancy, Offer::employer, Offer::score, 3);

    private static final Offer A = new Offer("A", "ea", 0.9);
    private static final Offer B = new Offer("B", "eb", 0.8);
    private static final Offer C = new Offer("C", "ec", 0.7);
    private static final Offer D = new Offer("D", "ed", 0.6);
    private static final Offer E = new Offer("E", "ee", 0.5);
    private static final Offer F = new Offer("F", "ef", 0.4);

    @Test
    void givesEveryoneTheirUncappedPicksWhenCapacityAllows() {
        var outcomes = allocation.allocate(List.of(List.of(A, B, C, D), List.of(A, B, C)), capacity(10, "A", "B", "C", "D"));

        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.chosen()).containsExactly(A, B, C);
            assertThat(o.capRelaxed()).isFalse();
            assertThat(o.scoreGivenUp()).isZero();
        });
    }

    @Test
    void movesLaterPersonsToOtherVacanciesOnceAVacancyIsFull() {
        List<List<Offer>> options = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            options.add(List.of(A, B, C, D, E, F));
        }
        Map<String, Integer> remaining = capacity(2, "A", "B", "C", "D", "E", "F");

        var outcomes = allocation.allocate(options, remaining);

        Map<String, Integer> referrals = new HashMap<>();
        outcomes.forEach(o -> o.chosen().forEach(x -> referrals.merge(x.vacancy(), 1, Integer::sum)));
        assertThat(referrals.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.chosen()).hasSize(3));
        assertThat(outcomes.get(2).chosen()).containsExactly(D, E, F);
        assertThat(outcomes).noneMatch(Allocation.Outcome::capRelaxed);
    }

    @Test
    void relaxesTheCapRatherThanLeavingSomeoneShort() {
        Map<String, Integer> remaining = capacity(1, "A", "B", "C");

        var outcomes = allocation.allocate(List.of(List.of(A, B, C), List.of(A, B, C)), remaining);

        assertThat(outcomes.get(1).chosen()).containsExactly(A, B, C);
        assertThat(outcomes.get(1).capRelaxed()).isTrue();
        assertThat(outcomes.get(0).capRelaxed()).isFalse();
    }

    @Test
    void servesPersonsWithFewestOptionsFirst() {
        // The second person can only take A; the first has alternatives, so A goes to the second.
        Map<String, Integer> remaining = capacity(1, "A", "B", "C", "D");

        var outcomes = allocation.allocate(List.of(List.of(A, B, C, D), List.of(A)), remaining);

        assertThat(outcomes.get(1).chosen()).containsExactly(A);
        assertThat(outcomes.get(1).capRelaxed()).isFalse();
        assertThat(outcomes.get(0).chosen()).containsExactly(B, C, D);
    }

    @Test
    void reportsTheScoreGivenUpAgainstTheUncappedPicks() {
        Map<String, Integer> remaining = capacity(1, "A", "B", "C", "D");
        remaining.put("A", 0);

        var outcome = allocation.allocate(List.of(List.of(A, B, C, D)), remaining).get(0);

        assertThat(outcome.chosen()).containsExactly(B, C, D);
        assertThat(outcome.scoreGivenUp()).isCloseTo(0.9 - 0.6, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void keepsThreeEmployersEvenWhenThatMeansACappedVacancy() {
        Offer a2 = new Offer("A2", "ea", 0.85);
        Map<String, Integer> remaining = capacity(1, "A", "A2", "B");
        remaining.put("B", 0);

        var outcome = allocation.allocate(List.of(List.of(A, a2, B)), remaining).get(0);

        assertThat(outcome.chosen()).containsExactly(A, a2, B);
        assertThat(outcome.capRelaxed()).isTrue();
    }

    @Test
    void capacityIsKTimesOpeningsLessWhatTheRunAlreadyReferred() {
        Map<String, Integer> capacity = Allocation.capacity(Map.of("A", 2, "B", 1), 3, Map.of("A", 4L, "B", 5L));

        assertThat(capacity).containsEntry("A", 2).containsEntry("B", 0);
    }

    private static Map<String, Integer> capacity(int each, String... vacancies) {
        Map<String, Integer> remaining = new HashMap<>();
        for (String v : vacancies) {
            remaining.put(v, each);
        }
        return remaining;
    }
}
