package org.jobmatch.reports;

import org.springframework.stereotype.Service;

/** The four forms by their name, and the persons behind their figures. */
@Service
class TownshipReports {

    private final WarmHeartForm warmHeart;
    private final PlanReport plan;
    private final CoverageReport coverage;
    private final ZeroEmploymentReport zeroEmployment;
    private final DrillDown drillDown;

    TownshipReports(WarmHeartForm warmHeart, PlanReport plan, CoverageReport coverage,
                    ZeroEmploymentReport zeroEmployment, DrillDown drillDown) {
        this.warmHeart = warmHeart;
        this.plan = plan;
        this.coverage = coverage;
        this.zeroEmployment = zeroEmployment;
        this.drillDown = drillDown;
    }

    ReportTable table(Report report, Period period, String township) {
        return switch (report) {
            case WARM_HEART -> warmHeart.table(period, township);
            case PLAN -> plan.table(period, township);
            case COVERAGE -> coverage.table(period, township);
            case ZERO_EMPLOYMENT -> zeroEmployment.table(period, township);
        };
    }

    DrillDown.PersonList persons(Report report, String column, Period period, String township, String village,
                                 int limit) {
        var hits = switch (report) {
            case WARM_HEART -> DrillDown.hits(warmHeart.persons(WarmHeartColumn.ofKey(column), period, township));
            case PLAN -> DrillDown.hits(plan.persons(PlanMeasure.ofKey(column), period, township));
            case COVERAGE -> coverage.persons(column, period, township, village);
            case ZERO_EMPLOYMENT -> zeroEmployment.persons(ZeroEmploymentReport.Column.ofKey(column), period,
                    township);
        };
        return drillDown.list(report.slug(), column, period, township, village, hits, limit);
    }
}
