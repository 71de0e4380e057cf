package org.jobmatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @Test
    void masksIdNumberKeepingOnlyRegionAndCheckDigit() {
        assertThat(Masking.idNumber("320614197906121245")).isEqualTo("320614***********5");
        assertThat(Masking.idNumber("32061419720415291X")).isEqualTo("320614***********X");
    }

    @Test
    void masksFirstGenerationIdNumberTheSameWay() {
        assertThat(Masking.idNumber("320614790612124")).isEqualTo("320614********4");
    }

    @Test
    void masksMobilePhoneKeepingFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @ParameterizedTest
    @CsvSource({
            "051382112345, 051*****2345",
            "+8613812345678, +86*******5678",
            "0513-8211234, 051*****1234",
            "82112345, 82****45",
            "8211234, 82***34",
            "123456, 1****6",
            "12345, 1***5",
            "1234, ****",
            "1, *"})
    void masksTheMiddleOfOtherPhoneNumbers(String phone, String masked) {
        assertThat(Masking.phone(phone)).isEqualTo(masked);
    }

    @Test
    void neverRevealsMoreThanSevenCharactersOfAPhone() {
        for (int n = 1; n <= 20; n++) {
            String masked = Masking.phone("9".repeat(n));
            long revealed = masked.chars().filter(c -> c != '*').count();
            assertThat(revealed).isLessThanOrEqualTo(7).isLessThan(n);
        }
    }

    @ParameterizedTest
    @CsvSource({"王秀英, 王*英", "张伟, 张*", "欧阳娜娜, 欧**娜", "买买提·艾力, 买****力", "王, *"})
    void masksNamesForPublicScreens(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @Test
    void countsCharactersOutsideTheBasicPlaneAsOne() {
        assertThat(Masking.name("𠮷田")).isEqualTo("𠮷*");
    }

    @Test
    void mapsNullToNullAndEmptyToEmpty() {
        assertThat(Masking.idNumber(null)).isNull();
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.name("")).isEmpty();
        assertThat(Masking.phone("")).isEmpty();
    }
}
