package org.jobmatch.matching;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopScoresTest {

    @Test
    void cutIsTheSizeThLargestScoreWithTiesAndInAnyOrder() {
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            int size = 1 + random.nextInt(70);
            double[] scores = new double[random.nextInt(1500)];
            int distinct = 1 + random.nextInt(50);
            for (int i = 0; i < scores.length; i++) {
                scores[i] = random.nextInt(4) == 0 ? Double.NaN : random.nextInt(distinct) / 7.0;
            }
            double[] eligible = Arrays.stream(scores).filter(s -> !Double.isNaN(s)).sorted().toArray();
            double expected = eligible.length <= size ? Double.NEGATIVE_INFINITY : eligible[eligible.length - size];

            TopScores top = new TopScores(size);
            Arrays.stream(scores).filter(s -> !Double.isNaN(s)).forEach(top::offer);

            assertThat(top.cut(true)).isEqualTo(expected);
        }
    }

    @Test
    void leastRisesWithTheOffersAndNeverPassesTheCut() {
        TopScores top = new TopScores(3);
        for (double s : new double[]{5, 1, 4}) {
            top.offer(s);
        }
        assertThat(top.full()).isTrue();
        assertThat(top.least()).isEqualTo(1);

        top.offer(2);
        top.offer(9);

        assertThat(top.least()).isEqualTo(4);
        assertThat(top.cut(false)).isEqualTo(4);
    }
}
