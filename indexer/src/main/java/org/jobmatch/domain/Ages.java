package org.jobmatch.domain;

import java.time.LocalDate;
import java.time.Period;

/** Age in whole years (周岁) and the groups derived from it. */
public final class Ages {

    /** The 4050 group: women aged 40 or more, men aged 50 or more (derived, never imported). */
    public static final int FOUR050_MIN_AGE_WOMEN = 40;
    public static final int FOUR050_MIN_AGE_MEN = 50;

    private Ages() {
    }

    /**
     * Whole years completed on {@code day}: one turns N on the N-th birthday. Someone born on
     * 29 February turns N on 1 March in common years.
     *
     * @throws IllegalArgumentException when {@code day} is before {@code birthDate}
     */
    public static int ageOn(LocalDate birthDate, LocalDate day) {
        if (day.isBefore(birthDate)) {
            throw new IllegalArgumentException("day " + day + " is before birth date " + birthDate);
        }
        return Period.between(birthDate, day).getYears();
    }

    public static boolean isIn4050(Gender gender, LocalDate birthDate, LocalDate today) {
        int minAge = gender == Gender.F ? FOUR050_MIN_AGE_WOMEN : FOUR050_MIN_AGE_MEN;
        return ageOn(birthDate, today) >= minAge;
    }
}
