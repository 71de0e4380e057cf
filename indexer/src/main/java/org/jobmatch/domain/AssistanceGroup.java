package org.jobmatch.domain;

import java.util.EnumSet;
import java.util.Set;

/** The groups of the ledger a person can belong to (contract field {@code groups}). */
public enum AssistanceGroup {
    DIFFICULT("就业困难人员"),
    POVERTY_ALLEVIATED("脱贫劳动力"),
    MONITORED("防止返贫监测对象"),
    LOW_INCOME("低保/低收入家庭"),
    ZERO_EMPLOYMENT_FAMILY("零就业家庭"),
    DISABLED("持证残疾人"),
    RETIRED_FISHER("退捕渔民"),
    VETERAN("退役军人"),
    GRADUATE("离校未就业高校毕业生"),
    RETURNED_MIGRANT("返乡农民工"),
    LONG_TERM_UNEMPLOYED("长期失业"),
    REGISTERED_UNEMPLOYED("登记失业");

    /** Default eligibility of a welfare post that names no groups. */
    public static final Set<AssistanceGroup> HARD_TO_EMPLOY = EnumSet.of(
            DIFFICULT, POVERTY_ALLEVIATED, MONITORED, LOW_INCOME,
            ZERO_EMPLOYMENT_FAMILY, DISABLED, RETIRED_FISHER, LONG_TERM_UNEMPLOYED);

    private final String label;

    AssistanceGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
