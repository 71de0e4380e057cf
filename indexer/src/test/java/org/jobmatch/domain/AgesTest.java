package org.jobmatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgesTest {

    private static final LocalDate BORN = LocalDate.of(1985, 6, 15);

    @Test
    void turnsNOnTheNthBirthday() {
        assertThat(Ages.ageOn(BORN, LocalDate.of(2025, 6, 14))).isEqualTo(39);
        assertThat(Ages.ageOn(BORN, LocalDate.of(2025, 6, 15))).isEqualTo(40);
        assertThat(Ages.ageOn(BORN, BORN)).isZero();
    }

    @Test
    void leapDayBabiesTurnNOnFirstMarchInCommonYears() {
        LocalDate leapDay = LocalDate.of(2000, 2, 29);

        assertThat(Ages.ageOn(leapDay, LocalDate.of(2018, 2, 28))).isEqualTo(17);
        assertThat(Ages.ageOn(leapDay, LocalDate.of(2018, 3, 1))).isEqualTo(18);
        assertThat(Ages.ageOn(leapDay, LocalDate.of(2020, 2, 29))).isEqualTo(20);
    }

    @Test
    void rejectsDayBeforeBirth() {
        assertThatThrownBy(() -> Ages.ageOn(BORN, BORN.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void womenJoinThe4050GroupOnTheir40thBirthday() {
        assertThat(Ages.isIn4050(Gender.F, BORN, LocalDate.of(2025, 6, 14))).isFalse();
        assertThat(Ages.isIn4050(Gender.F, BORN, LocalDate.of(2025, 6, 15))).isTrue();
    }

    @Test
    void menJoinThe4050GroupOnTheir50thBirthday() {
        assertThat(Ages.isIn4050(Gender.M, BORN, LocalDate.of(2035, 6, 14))).isFalse();
        assertThat(Ages.isIn4050(Gender.M, BORN, LocalDate.of(2035, 6, 15))).isTrue();
        assertThat(Ages.isIn4050(Gender.M, BORN, LocalDate.of(2025, 6, 15))).isFalse();
    }

    @Test
    void the4050GroupHasNoUpperAge() {
        assertThat(Ages.isIn4050(Gender.F, LocalDate.of(1950, 1, 1), LocalDate.of(2025, 6, 15))).isTrue();
    }
}
