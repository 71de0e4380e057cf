package org.jobmatch.services;

/**
 * What was done for a person. Job referrals and placements are kept in their own ledgers (referrals,
 * placements); they count here as {@link #JOB_REFERRAL} and {@link #PLACEMENT}.
 */
public enum ServiceKind {
    POLICY_TALK("政策宣讲"),
    CAREER_GUIDANCE("职业指导"),
    JOB_REFERRAL("推荐岗位"),
    TRAINING_REFERRAL("推荐培训"),
    TRAINING("参加培训"),
    VISIT("走访慰问"),
    TEMPORARY_RELIEF("临时救助"),
    PLACEMENT("安置就业"),
    JOB_FOUND("实现就业（自行）");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Kinds recorded in the services table (the others come from referrals and placements). */
    public boolean isRecordedAsService() {
        return this != JOB_REFERRAL && this != PLACEMENT;
    }
}
