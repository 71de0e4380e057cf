package org.jobmatch.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentificationTest {

    @Test
    void matchesTheLastFourDigitsOfThePhone() {
        assertThat(Identification.phoneEndsWith("13812345678", "5678")).isTrue();
        assertThat(Identification.phoneEndsWith("138-1234-5678", "5678")).isTrue();
    }

    @Test
    void refusesOtherDigitsAndMissingOrShortPhones() {
        assertThat(Identification.phoneEndsWith("13812345678", "1234")).isFalse();
        assertThat(Identification.phoneEndsWith(null, "5678")).isFalse();
        assertThat(Identification.phoneEndsWith("678", "0678")).isFalse();
    }
}
