package org.jobmatch.matching.scoring;

import java.util.List;

import org.jobmatch.domain.AssistanceGroup;
import org.jobmatch.domain.VacancySource;
import org.jobmatch.matching.profile.PersonProfile;
import org.jobmatch.matching.profile.VacancyProfile;

/** The priorities of employment assistance, the third factor of {@link Scoring}: defined here once. */
final class Priorities {

    private Priorities() {
    }

    /**
     * Where a vacancy lies for a person: in their own township, elsewhere within the distance they travel daily, or
     * beyond it (where only one willing to migrate may go). The priorities of local assistance depend on it.
     */
    enum Reach {
        HOME_TOWNSHIP, DAILY, BEYOND;

        static Reach of(PersonProfile p, VacancyProfile v, double km) {
            if (km > p.person().preferences().maxDistanceKm()) {
                return BEYOND;
            }
            // only a welfare post's priority tells the person's own township from another
            return v.vacancy().source() != VacancySource.WELFARE_POST
                    || p.person().township().equals(v.vacancy().township()) ? HOME_TOWNSHIP : DAILY;
        }
    }

    /** Of a welfare post's priority, what one of another township (within daily reach) keeps. */
    private static final double ANOTHER_TOWNSHIPS_SHARE = 0.5;

    /**
     * The priorities of employment assistance; {@code reasons} null when not explaining. Welfare posts are developed
     * by townships for their own hard-to-employ residents: another township's earns half the priority. Workshops
     * take on those they can give work near home (就近就业): beyond the person's daily reach neither earns priority.
     * The county's organised labour export serves those willing to go out for work; a job arranged for those caring
     * for a family (可带孩子), those who do, within daily reach.
     */
    static double of(PersonProfile p, VacancyProfile.Kind kind, Reach reach, List<String> reasons) {
        VacancySource source = kind.source();
        boolean assisted = source == VacancySource.WELFARE_POST || source == VacancySource.WORKSHOP;
        double priority = 0;
        boolean served = p.isHardToEmploy() || kind.setAside(); // a post set aside for named groups serves its own
        if (source == VacancySource.WELFARE_POST && served && reach != Reach.BEYOND) {
            priority += add(reasons, reach == Reach.HOME_TOWNSHIP ? 0.6 : 0.6 * ANOTHER_TOWNSHIPS_SHARE,
                    welfareReason(p, reach));
        }
        if (source == VacancySource.WORKSHOP && served && reach != Reach.BEYOND) {
            priority += add(reasons, 0.5, "帮扶车间优先吸纳帮扶对象就近就业");
        }
        if (kind.organisedExport() && p.person().preferences().willingToMigrate()) {
            priority += add(reasons, 0.5, "县里有组织劳务输出，适合愿意外出务工的人员");
        }
        if (p.in4050() && (assisted || kind.lowThreshold())) {
            priority += add(reasons, 0.3, "适合 4050 人员");
        }
        if (p.in(AssistanceGroup.ZERO_EMPLOYMENT_FAMILY) && assisted) {
            priority += add(reasons, 0.3, "零就业家庭优先安置");
        }
        if (p.in(AssistanceGroup.DISABLED) && kind.accessible()) {
            priority += add(reasons, 0.6, "无障碍岗位，适合残疾人");
        }
        if (p.caresForFamily() && kind.familyFriendly() && reach != Reach.BEYOND) {
            priority += add(reasons, 0.3, "可兼顾家庭（带孩子、接送），适合要照顾家里的人");
        }
        return Math.min(1, priority);
    }

    private static String welfareReason(PersonProfile p, Reach reach) {
        return (p.isHardToEmploy() ? "公益性岗位优先安置就业困难人员" : "公益性岗位，面向您所属的群体")
                + (reach == Reach.HOME_TOWNSHIP ? "" : "（外乡镇的岗位）");
    }

    private static double add(List<String> reasons, double value, String reason) {
        if (reasons != null) {
            reasons.add(reason);
        }
        return value;
    }
}
