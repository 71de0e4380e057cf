package org.jobmatch.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The rules of a service record, one definition for the API and the import: which fields go with which kind. */
public final class ServiceChecks {

    private static final BigDecimal MAX_RELIEF = new BigDecimal("1000000");

    private ServiceChecks() {
    }

    /** A field that breaks a rule, with why in Chinese and English. */
    public record Problem(String field, String code, String reasonZh, String reasonEn) {
    }

    public static Optional<Problem> firstProblem(ServiceKind kind, LocalDate date, String course, BigDecimal amount,
                                                 JobChannel jobChannel, LocalDate today) {
        if (kind == null || !kind.isRecordedAsService()) {
            return problem("kind", "invalid-service-kind", "服务类型无效：推荐岗位和安置就业请用推荐、安置功能登记",
                    "kind must be a service recorded here; referrals and placements have their own records");
        }
        if (date != null && (date.isAfter(today) || date.getYear() < 2000)) {
            return problem("date", "invalid-service-date", "服务日期不能晚于今天", "the date is in the future");
        }
        boolean training = kind == ServiceKind.TRAINING || kind == ServiceKind.TRAINING_REFERRAL;
        if (course != null && !training) {
            return problem("course", "course-not-training", "只有培训可填写培训项目", "course only for training");
        }
        if ((kind == ServiceKind.TEMPORARY_RELIEF) != (amount != null)
                || amount != null && (amount.signum() <= 0 || amount.compareTo(MAX_RELIEF) > 0)) {
            return problem("amount", "relief-amount", "临时救助须填写 0 至 1000000 元的金额，其他服务不填",
                    "an amount of 0 to 1000000 goes with temporary relief, and only there");
        }
        if ((kind == ServiceKind.JOB_FOUND) != (jobChannel != null)) {
            return problem("jobChannel", "job-channel", "自行就业须填写就业方式（企业、灵活就业、自主创业），其他服务不填",
                    "jobChannel goes with JOB_FOUND, and only there");
        }
        return Optional.empty();
    }

    private static Optional<Problem> problem(String field, String code, String zh, String en) {
        return Optional.of(new Problem(field, code, zh, en));
    }
}
