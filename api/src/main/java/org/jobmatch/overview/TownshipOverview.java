package org.jobmatch.overview;

import java.time.LocalDate;
import java.util.List;

/** Where jobs and people are: open vacancies and job seekers per township, for the staff overview. */
record TownshipOverview(LocalDate date, List<Township> townships, Township total) {

    /**
     * {@code vacancies}: open vacancies (places left, still valid); {@code openings}: their places;
     * {@code unemployed} and {@code flexible}: persons by employment status.
     */
    record Township(String township, int vacancies, int openings, int unemployed, int flexible) {

        Township plus(Township other) {
            return new Township(township, vacancies + other.vacancies, openings + other.openings,
                    unemployed + other.unemployed, flexible + other.flexible);
        }
    }

    static TownshipOverview of(LocalDate date, List<Township> townships) {
        Township total = townships.stream().reduce(new Township("合计", 0, 0, 0, 0), Township::plus);
        return new TownshipOverview(date, List.copyOf(townships), total);
    }
}
