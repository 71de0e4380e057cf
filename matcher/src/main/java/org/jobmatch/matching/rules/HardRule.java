package org.jobmatch.matching.rules;

/** The hard constraints of the contract, in its order; a vacancy is recommended only if all pass. */
public enum HardRule {
    OPEN("岗位在招"),
    AGE("年龄要求"),
    ELIGIBLE_GROUP("服务人群"),
    DISTANCE("通勤距离"),
    WORK_MODE("工作方式"),
    WAGE("工资要求"),
    SEEKING_WORK("求职状态");

    private final String label;

    HardRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
