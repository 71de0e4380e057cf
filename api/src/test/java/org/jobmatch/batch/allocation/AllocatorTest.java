package org.jobmatch.batch.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AllocatorTest {

    private final Allocator allocator = new Allocator(0.02);

    @Test
    void givesEveryoneTheirUncappedPicksWhenTheCapDoesNotBind() {
        // vacancies 0..3 of four employers, ten openings each
        Problem problem = problem(3, openings(10, 10, 10, 10), employers(0, 1, 2, 3),
                person(new int[]{0, 1, 2, 3}, 0.9, 0.8, 0.7, 0.6), person(new int[]{1, 0, 2}, 0.9, 0.8, 0.7));

        Allocated allocated = allocator.allocate(problem);

        assertThat(allocated.chosen()[0]).containsExactly(0, 1, 2);
        assertThat(allocated.chosen()[1]).containsExactly(0, 1, 2);
        assertThat(allocated.spread().kHolds()).isTrue();
        assertThat(allocated.spread().chosenScore()).isCloseTo(allocated.spread().uncappedScore(), within(1e-9));
    }

    @Test
    void keepsEqualScoresInTheRankingsOrder() {
        Problem problem = problem(3, openings(5, 5, 5, 5), employers(0, 1, 2, 3),
                person(new int[]{3, 2, 1, 0}, 0.5, 0.5, 0.5, 0.5));

        assertThat(allocator.allocate(problem).chosen()[0]).containsExactly(0, 1, 2);
    }

    @Test
    void holdsTheCapByMovingThoseWithAlternativesAndMaximisesTheScore() {
        // six persons all prefer vacancies 0, 1, 2 (one opening each, cap K=1); each has three of their own
        List<Problem.PersonOptions> persons = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            persons.add(person(new int[]{0, 1, 2, 3 + p, 9 + p, 15 + p}, 0.9, 0.8, 0.7, 0.3, 0.2, 0.1));
        }
        int[] ones = new int[21];
        int[] employers = new int[21];
        for (int v = 0; v < 21; v++) {
            ones[v] = 1;
            employers[v] = v;
        }
        Problem problem = new Problem(3, 1, ones, employers, persons);

        Allocated allocated = allocator.allocate(problem);

        long[] load = load(problem, allocated);
        for (long l : load) {
            assertThat(l).isLessThanOrEqualTo(1);
        }
        assertThat(List.of(allocated.chosen())).allSatisfy(c -> assertThat(c).hasSize(3));
        assertThat(allocated.spread().kHolds()).isTrue();
        assertThat(allocated.spread().maxRatio()).isEqualTo(1.0);
        // the best total: 0, 1 and 2 each go to someone, everyone else takes their own three
        assertThat(allocated.spread().chosenScore()).isCloseTo(0.9 + 0.8 + 0.7 + 3 * (0.3 + 0.2) + 3 * 0.6, within(1e-9));
    }

    @Test
    void raisesOnlyTheCapsThatMustAndKeepsEveryoneAtThree() {
        // vacancy 0 (one opening) is the only job of four persons' employer 0; vacancy 1 is wanted by all
        List<Problem.PersonOptions> persons = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            persons.add(person(new int[]{1, 0, 2, 3}, 0.9, 0.8, 0.7, 0.6));
        }
        Problem problem = new Problem(3, 1, openings(1, 1, 4, 4), employers(0, 1, 2, 3), persons);

        Allocated allocated = allocator.allocate(problem);

        assertThat(List.of(allocated.chosen())).allSatisfy(c -> assertThat(c).hasSize(3));
        long[] load = load(problem, allocated);
        // 12 referrals over 10 openings: vacancies 0 and 1 must take two each, not four
        assertThat(load[0] + load[1]).isEqualTo(4);
        assertThat(allocated.spread().kHolds()).isFalse();
        assertThat(allocated.spread().maxRatio()).isEqualTo(2.0);
        assertThat(allocated.spread().lowerBound()).isGreaterThan(1.0).isLessThanOrEqualTo(2.0);
        assertThat(allocated.spread().maxRatio()).isLessThanOrEqualTo(allocated.spread().lowerBound() * 1.1 + 1e-9);
    }

    @Test
    void neverLeavesThoseWithFewestOptionsShort() {
        // the first person can only take vacancy 0; the others have alternatives
        List<Problem.PersonOptions> persons = new ArrayList<>();
        persons.add(person(new int[]{0}, 0.5));
        for (int p = 0; p < 3; p++) {
            persons.add(person(new int[]{0, 1, 2, 3}, 0.9, 0.8, 0.7, 0.6));
        }
        Problem problem = new Problem(3, 1, openings(1, 3, 3, 3), employers(0, 1, 2, 3), persons);

        Allocated allocated = allocator.allocate(problem);

        assertThat(allocated.chosen()[0]).containsExactly(0);
        assertThat(List.of(allocated.chosen()).subList(1, 4)).allSatisfy(c -> assertThat(c).containsExactly(1, 2, 3));
        assertThat(allocated.spread().kHolds()).isTrue();
    }

    @Test
    void givesOneVacancyPerEmployerWhereTheOptionsAllow() {
        // vacancies 0 and 1 share employer 0
        Problem problem = problem(3, openings(9, 9, 9, 9), employers(0, 0, 1, 2),
                person(new int[]{0, 1, 2, 3}, 0.9, 0.85, 0.5, 0.4), person(new int[]{0, 1, 2}, 0.9, 0.85, 0.5));

        Allocated allocated = allocator.allocate(problem);

        assertThat(allocated.chosen()[0]).containsExactly(0, 2, 3);
        assertThat(allocated.chosen()[1]).containsExactly(0, 1, 2); // two employers only: two of one
    }

    private static Problem problem(int limit, int[] openings, int[] employers, Problem.PersonOptions... persons) {
        return new Problem(limit, 3, openings, employers, List.of(persons));
    }

    static Problem.PersonOptions person(int[] vacancies, double... scores) {
        return new Problem.PersonOptions(vacancies, scores);
    }

    private static int[] openings(int... openings) {
        return openings;
    }

    private static int[] employers(int... employers) {
        return employers;
    }

    static long[] load(Problem problem, Allocated allocated) {
        long[] load = new long[problem.openings().length];
        for (int p = 0; p < allocated.chosen().length; p++) {
            for (int o : allocated.chosen()[p]) {
                load[problem.persons().get(p).vacancies()[o]]++;
            }
        }
        return load;
    }
}
