package org.jobmatch.reports;

import java.util.Arrays;
import java.util.Locale;

/**
 * The measures of the township plan table (海门 2021, seed 000), in its order: each township's target of a year
 * against what the ledger shows. Persons are counted as now (recognised, poverty-alleviated); trainings, welfare posts
 * and persons into work within the period.
 */
enum PlanMeasure {
    DIFFICULT_PERSONS("目前所辖就业困难人员认定数", Unit.PERSONS, true, "('DIFFICULT' = ANY (groups))::int"),
    POVERTY_LABOURERS("目前所辖建档立卡贫困劳动力数", Unit.PERSONS, true, "('POVERTY_ALLEVIATED' = ANY (groups))::int"),
    WELFARE_POSTS("开发公益性岗位数", Unit.POSTS, false, "places"),
    POVERTY_TRAINING("建档立卡贫困劳动力技能培训数", Unit.TIMES, true,
            "trainings * ('POVERTY_ALLEVIATED' = ANY (groups))::int"),
    DIFFICULT_TRAINING("就业困难人员技能培训数", Unit.TIMES, true, "trainings * ('DIFFICULT' = ANY (groups))::int"),
    REEMPLOYED("就业困难群体就业再就业数", Unit.PERSONS, true, "(hard AND found_work)::int");

    private final String label;
    private final Unit unit;
    private final boolean persons;
    private final String expression;

    PlanMeasure(String label, Unit unit, boolean persons, String expression) {
        this.label = label;
        this.unit = unit;
        this.persons = persons;
        this.expression = expression;
    }

    String label() {
        return label;
    }

    Unit unit() {
        return unit;
    }

    boolean persons() {
        return persons;
    }

    /** The measure's value for a person ({@code persons}) or a welfare post (not), in SQL. */
    String expression(boolean ofPerson) {
        return ofPerson == persons ? expression : "0";
    }

    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static PlanMeasure ofKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key().equals(key) || m.name().equals(key)).findFirst()
                .orElseThrow(() -> Reports.unknownColumn(key));
    }
}
