package org.jobmatch.domain;

/** An inclusive range of ages in whole years, such as a vacancy's accepted ages. */
public record AgeBand(int min, int max) {

    /** The default working-age band of the contract. */
    public static final AgeBand WORKING_AGE = new AgeBand(Vacancy.DEFAULT_AGE_MIN, Vacancy.DEFAULT_AGE_MAX);

    public AgeBand {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("invalid age band " + min + "-" + max);
        }
    }

    /** The vacancy's accepted ages, absent bounds defaulting to 18 and 55. */
    public static AgeBand of(Vacancy vacancy) {
        return new AgeBand(vacancy.effectiveAgeMin(), vacancy.effectiveAgeMax());
    }

    public boolean contains(int age) {
        return age >= min && age <= max;
    }

    /** For users, e.g. {@code 18–55 岁}. */
    public String label() {
        return min + "–" + max + " 岁";
    }
}
