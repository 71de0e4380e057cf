package org.jobmatch.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.jobmatch.domain.InvalidIdNumberException.Reason;

/**
 * A valid Chinese resident ID number (GB 11643-1999), always in its 18-character form with an
 * upper-case X. First-generation 15-digit numbers are converted on parsing. Only the province part
 * of the region code is checked: retired county codes (320684 Haimen before 2020) stay valid.
 * {@link #toString()} is masked so that the number does not leak into logs.
 */
public final class IdNumber {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    /** GB/T 2260 provinces, plus 81/82/83 used by residence permits of Hong Kong, Macao and Taiwan residents. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65", "71", "81", "82", "83");

    private final String value;
    private final LocalDate birthDate;
    private final Gender gender;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
        this.gender = (value.charAt(16) - '0') % 2 == 1 ? Gender.M : Gender.F;
    }

    /** Parses against today's date in China. */
    public static IdNumber parse(String raw) {
        return parse(raw, LocalDate.now(CHINA));
    }

    /**
     * Parses and validates; surrounding blanks are ignored, full-width characters and a lower-case x
     * are accepted.
     *
     * @throws InvalidIdNumberException with the first reason found
     */
    public static IdNumber parse(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdNumberException(Reason.BLANK);
        }
        String s = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC).replace('x', 'X');
        if (s.length() == 15) {
            s = fromFirstGeneration(s);
        } else if (s.length() != 18) {
            throw new InvalidIdNumberException(Reason.LENGTH);
        }
        requireFormat(s);
        if (!PROVINCES.contains(s.substring(0, 2))) {
            throw new InvalidIdNumberException(Reason.REGION);
        }
        LocalDate birthDate = birthDate(s.substring(6, 14), today);
        if (checkChar(s) != s.charAt(17)) {
            throw new InvalidIdNumberException(Reason.CHECK_DIGIT);
        }
        return new IdNumber(s, birthDate);
    }

    /** The normalised 18-character number. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return gender;
    }

    /** The 6-digit region code of issue, possibly retired since. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    private static String fromFirstGeneration(String s) {
        if (!allDigits(s, 15)) {
            throw new InvalidIdNumberException(Reason.FORMAT);
        }
        String body = s.substring(0, 6) + "19" + s.substring(6);
        return body + checkChar(body);
    }

    private static void requireFormat(String s) {
        char last = s.charAt(17);
        if (!allDigits(s, 17) || !(isDigit(last) || last == 'X')) {
            throw new InvalidIdNumberException(Reason.FORMAT);
        }
    }

    private static LocalDate birthDate(String yyyymmdd, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new InvalidIdNumberException(Reason.BIRTH_DATE);
        }
        if (date.isBefore(EARLIEST_BIRTH)) {
            throw new InvalidIdNumberException(Reason.BIRTH_DATE_BEFORE_1900);
        }
        if (date.isAfter(today)) {
            throw new InvalidIdNumberException(Reason.BIRTH_DATE_IN_FUTURE);
        }
        return date;
    }

    /** The check character of the first 17 digits. */
    private static char checkChar(String s) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    private static boolean allDigits(String s, int count) {
        for (int i = 0; i < count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return Masking.idNumber(value);
    }
}
