package org.jobmatch.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fairness report as labelled lines for people: the command line's closing lines, the workbook's summary. */
public final class ReportLines {

    /** A figure with its label in Chinese and English. */
    public record Line(String labelZh, String labelEn, String value) {

        @Override
        public String toString() {
            return labelZh + " (" + labelEn + "): " + value;
        }
    }

    private ReportLines() {
    }

    public static List<Line> of(FairnessReport r) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("推荐总数", "referrals", String.format(Locale.ROOT, "%,d", r.referrals())));
        lines.add(new Line("每个岗位名额上限", "cap per opening (K)", Integer.toString(r.referralsPerOpeningCap())));
        lines.add(new Line("单个名额最多推荐人数", "max referrals per opening", number(r.maxReferralsPerOpening())));
        if (r.lowerBoundMaxReferralsPerOpening() != null) {
            lines.add(new Line("任何分配可达到的下限", "lower bound any allocation can reach",
                    number(r.lowerBoundMaxReferralsPerOpening())));
            lines.add(new Line("上限是否对所有人成立", "cap holds for everyone", Boolean.TRUE.equals(r.capHolds())
                    ? "是 (yes)" : "否，" + r.vacanciesCapRaised() + " 个岗位放宽到 " + number(r.capFactor())
                    + " 倍名额 (no: " + r.vacanciesCapRaised() + " vacancies raised to " + number(r.capFactor()) + " x openings)"));
        }
        lines.add(new Line("95% 岗位的每名额推荐人数不超过", "p95 referrals per opening", number(r.p95ReferralsPerOpening())));
        lines.add(new Line("超过上限的岗位", "vacancies over the cap",
                String.format(Locale.ROOT, "%,d / %,d", r.vacanciesOverCap(), r.openVacancies())));
        lines.add(new Line("获得推荐的岗位比例", "share of vacancies referred", percent(r.shareOfVacanciesReferred())));
        if (r.shareWithThree() != null) {
            lines.add(new Line("获得三个推荐的人员比例", "share of persons with three referrals",
                    percent(r.shareWithThree()) + "，可能的最高比例 (possible) " + percent(r.shareWithThreePossible())));
            lines.add(new Line("相对不设上限时让出的匹配分", "score given up against the uncapped picks",
                    percent(r.scoreGivenUpShare()) + "，每条推荐 (per referral) " + r.averageScoreGivenUp()));
        }
        return lines;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
