package org.jobmatch.reports;

import java.util.Arrays;

/** The township forms, each by its name in the API's paths ({@code /api/v1/reports/warm-heart}). */
public enum Report {
    /** 信丰 2022: the 32 columns of the "暖心活动" statistics form. */
    WARM_HEART("warm-heart"),
    /** 海门 2021: the township plan table, targets against what the ledger shows. */
    PLAN("plan"),
    /** 五团 2023: "131" (or "311") coverage of the persons seeking work, and the assessment's deduction. */
    COVERAGE("coverage"),
    /** Zero-employment families found, cleared and still open. */
    ZERO_EMPLOYMENT("zero-employment");

    private final String slug;

    Report(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** The report of a path; unknown names are refused as an invalid parameter. */
    static Report of(String slug) {
        return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report"));
    }

    /** The slug, so that a refusal lists the names a client may use. */
    @Override
    public String toString() {
        return slug;
    }
}
