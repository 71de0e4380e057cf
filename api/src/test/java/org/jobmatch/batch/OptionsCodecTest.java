package org.jobmatch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OptionsCodecTest {

    @Test
    void keepsEveryNumberExactlySoThatEveryInstanceAllocatesTheSame() {
        List<OptionsCodec.Ranked> ranked = List.of(
                new OptionsCodec.Ranked("P-1", List.of(new OptionsCodec.StoredOption("V-保洁-1", 0.1 + 0.2, 2.4),
                        new OptionsCodec.StoredOption("V-2", Math.PI, 0))),
                new OptionsCodec.Ranked("P-2", null));

        List<OptionsCodec.Ranked> back = OptionsCodec.ranked(OptionsCodec.ranked(ranked));

        assertThat(back).isEqualTo(ranked);
        assertThat(back.get(1).failed()).isTrue();
    }

    @Test
    void keepsEachPersonsChoices() {
        List<OptionsCodec.Chosen> chosen = List.of(new OptionsCodec.Chosen("P-1", new int[]{0, 4, 19}, 0.125, true, 2),
                new OptionsCodec.Chosen("P-2", new int[0], 0, false, 0));

        List<OptionsCodec.Chosen> back = OptionsCodec.chosen(OptionsCodec.chosen(chosen));

        assertThat(back).hasSize(2);
        assertThat(back.get(0).options()).containsExactly(0, 4, 19);
        assertThat(back.get(0).scoreGivenUp()).isEqualTo(0.125);
        assertThat(back.get(0).capRelaxed()).isTrue();
        assertThat(back.get(0).withheld()).isEqualTo(2);
        assertThat(back.get(1).options()).isEmpty();
    }
}
