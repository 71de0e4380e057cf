package org.jobmatch.pages;

import java.util.Arrays;
import java.util.Objects;

import org.jobmatch.domain.Gender;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.domain.WorkMode;

/** How the pages, printouts and spreadsheets word a vacancy's values in Chinese. */
public final class JobTexts {

    private JobTexts() {
    }

    /** {@code 4000–6500 元/月}, {@code 2280 元/月}, {@code 3000 元/月起}, {@code 最高 5000 元/月}, {@code 面议}. */
    public static String wage(Integer min, Integer max) {
        if (min == null && max == null) {
            return "面议";
        }
        if (min == null) {
            return "最高 " + max + " 元/月";
        }
        if (max == null) {
            return min + " 元/月起";
        }
        return min.equals(max) ? min + " 元/月" : min + "–" + max + " 元/月";
    }

    /** The label of a contract enum name ({@code FULL_TIME -> 全职}); an unknown name is shown as it is. */
    public static String workMode(String name) {
        return known(WorkMode.class, name) ? WorkMode.valueOf(name).label() : Objects.toString(name, "");
    }

    public static String source(String name) {
        return known(VacancySource.class, name) ? VacancySource.valueOf(name).label() : Objects.toString(name, "");
    }

    public static String gender(Gender gender) {
        return gender == Gender.F ? "女" : "男";
    }

    private static <E extends Enum<E>> boolean known(Class<E> type, String name) {
        return name != null && Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(name));
    }
}
