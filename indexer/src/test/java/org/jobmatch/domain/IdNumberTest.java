package org.jobmatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.jobmatch.domain.InvalidIdNumberException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @ParameterizedTest
    @CsvSource({
            "320614197906121245, 1979-06-12, F",
            "320614196901033110, 1969-01-03, M",
            "320614199008201533, 1990-08-20, M",
            "32061419720415291X, 1972-04-15, M",
            "320614200003012181, 2000-03-01, F"})
    void acceptsContractExamplesWithBirthDateAndGender(String raw, LocalDate birthDate, Gender gender) {
        IdNumber id = IdNumber.parse(raw, TODAY);

        assertThat(id.value()).isEqualTo(raw);
        assertThat(id.birthDate()).isEqualTo(birthDate);
        assertThat(id.gender()).isEqualTo(gender);
        assertThat(id.regionCode()).isEqualTo("320614");
    }

    @Test
    void parsesAgainstTodayByDefault() {
        assertThat(IdNumber.parse("320614197906121245").birthDate()).isEqualTo(LocalDate.of(1979, 6, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"32061419720415291x", "  32061419720415291X\t", "３２０６１４１９７２０４１５２９１ｘ"})
    void normalisesLowerCaseXBlanksAndFullWidthCharacters(String raw) {
        assertThat(IdNumber.parse(raw, TODAY).value()).isEqualTo("32061419720415291X");
    }

    @Test
    void rejectsIdNumberWithWrongCheckDigit() {
        assertRejected("320614197906121246", Reason.CHECK_DIGIT);
        assertRejected("320614197906121245".replace("1245", "124X"), Reason.CHECK_DIGIT);
    }

    @Test
    void reportsCheckDigitMismatchInTheContractWording() {
        assertThatThrownBy(() -> IdNumber.parse("320614197906121246", TODAY))
                .isInstanceOf(InvalidIdNumberException.class)
                .hasMessage("校验位错误 (check digit mismatch)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void rejectsBlankIdNumber(String raw) {
        assertRejected(raw, Reason.BLANK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"32061419790612124", "3206141979061212455", "3206141979"})
    void rejectsIdNumberOfWrongLength(String raw) {
        assertRejected(raw, Reason.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3206141979061212A5", "32061419790612X245", "320614 9790612124X", "32068479061212X"})
    void rejectsIdNumberWithNonDigits(String raw) {
        assertRejected(raw, Reason.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99061419790612124X", "900614197906121243"})
    void rejectsUnknownProvince(String raw) {
        assertRejected(raw, Reason.REGION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"320684197906121244", "830000199001011234", "710000199001011237"})
    void acceptsRetiredCountyCodesAndResidencePermitProvinces(String raw) {
        assertThat(IdNumber.parse(raw, TODAY).value()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"320614197902301249", "320614198013011246", "32061419000229124X"})
    void rejectsBirthDateThatDoesNotExist(String raw) {
        assertRejected(raw, Reason.BIRTH_DATE);
    }

    @Test
    void acceptsLeapDayBirthDate() {
        assertThat(IdNumber.parse("320614200002291246", TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void rejectsBirthDateInTheFutureButAcceptsBirthToday() {
        assertThatThrownBy(() -> IdNumber.parse("320614202506151246", TODAY.minusDays(1)))
                .extracting(e -> ((InvalidIdNumberException) e).reason())
                .isEqualTo(Reason.BIRTH_DATE_IN_FUTURE);
        assertThat(IdNumber.parse("320614202506151246", TODAY).birthDate()).isEqualTo(TODAY);
    }

    @Test
    void rejectsBirthDateBefore1900ButAcceptsFirstJanuary1900() {
        assertRejected("320614189912311248", Reason.BIRTH_DATE_BEFORE_1900);
        assertThat(IdNumber.parse("320614190001011242", TODAY).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void convertsFirstGenerationNumberToEighteenCharacters() {
        IdNumber id = IdNumber.parse("320614790612124", TODAY);

        assertThat(id.value()).isEqualTo("320614197906121245");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1979, 6, 12));
        assertThat(id.gender()).isEqualTo(Gender.F);
    }

    @Test
    void rejectsFirstGenerationNumberWithImpossibleDate() {
        assertRejected("320614790230124", Reason.BIRTH_DATE);
    }

    @Test
    void equalsByNormalisedValueAndHidesDigitsInToString() {
        assertThat(IdNumber.parse("32061419720415291x", TODAY)).isEqualTo(IdNumber.parse("32061419720415291X", TODAY))
                .hasSameHashCodeAs(IdNumber.parse("32061419720415291X", TODAY));
        assertThat(IdNumber.parse("320614197906121245", TODAY)).hasToString("320614***********5");
    }

    private static void assertRejected(String raw, Reason reason) {
        assertThatThrownBy(() -> IdNumber.parse(raw, TODAY))
                .isInstanceOf(InvalidIdNumberException.class)
                .hasMessage(reason.label())
                .extracting(e -> ((InvalidIdNumberException) e).reason())
                .isEqualTo(reason);
    }
}
