package org.jobmatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void containsBothBounds() {
        AgeBand band = new AgeBand(18, 55);

        assertThat(band.contains(17)).isFalse();
        assertThat(band.contains(18)).isTrue();
        assertThat(band.contains(55)).isTrue();
        assertThat(band.contains(56)).isFalse();
    }

    @Test
    void defaultsMissingVacancyBoundsToTheWorkingAgeBand() {
        assertThat(AgeBand.of(vacancy(null, null))).isEqualTo(AgeBand.WORKING_AGE).isEqualTo(new AgeBand(18, 55));
        assertThat(AgeBand.of(vacancy(null, 60))).isEqualTo(new AgeBand(18, 60));
        assertThat(AgeBand.of(vacancy(30, null))).isEqualTo(new AgeBand(30, 55));
    }

    @Test
    void rejectsInvertedBand() {
        assertThatThrownBy(() -> new AgeBand(56, 55)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsBandInChinese() {
        assertThat(AgeBand.WORKING_AGE.label()).isEqualTo("18–55 岁");
    }

    private static Vacancy vacancy(Integer ageMin, Integer ageMax) {
        return VacancyBuilder.aVacancy().ages(ageMin, ageMax).validUntil(LocalDate.of(2030, 1, 1)).build();
    }
}
