package org.jobmatch.reports;

/**
 * The 32 columns of the "暖心活动" statistics form (信丰 2022, seed 002), in its order and with its names. Each is a
 * sum over facts of one kind: a person among those assisted (援助对象), a fair held, or a vacancy on offer; for a
 * person the expression is also the drill-down's test ({@code > 0}). The names are the form's, typos included.
 */
enum WarmHeartColumn {
    ASSISTED(1, "认定的援助对象人数", null, Unit.PERSONS, Fact.PERSON, "1"),
    LONG_TERM_UNEMPLOYED(2, "长期失业人数", "认定的援助对象人数", Unit.PERSONS, Fact.PERSON, in("LONG_TERM_UNEMPLOYED")),
    FOUR050(3, "4050 人员数", "认定的援助对象人数", Unit.PERSONS, Fact.PERSON, "g4050::int"),
    DISABLED(4, "残疾人员数", "认定的援助对象人数", Unit.PERSONS, Fact.PERSON, in("DISABLED")),
    LOW_INCOME(5, "低保家庭成员人数", "认定的援助对象人数", Unit.PERSONS, Fact.PERSON, in("LOW_INCOME")),
    GRADUATE(6, "就业困难高校毕业生数", "认定的援助对象人数", Unit.PERSONS, Fact.PERSON, in("GRADUATE")),
    POVERTY_ALLEVIATED(7, "脱贫人口数", "认定的援助对象人数", Unit.PERSONS, Fact.PERSON, in("POVERTY_ALLEVIATED")),
    MONITORED(8, "重点监测对象人数", "认定的援助对象人数", Unit.PERSONS, Fact.PERSON, in("MONITORED")),
    VETERAN(9, "就业困难退役军人人数", "认定的援助对象人数", Unit.PERSONS, Fact.PERSON, in("VETERAN")),
    RETIRED_FISHER(10, "退捕渔民人数", "认定的援助对象人数", Unit.PERSONS, Fact.PERSON, in("RETIRED_FISHER")),
    VISITS(11, "为援助对象开展走访慰问人次", null, Unit.TIMES, Fact.PERSON, "visits"),
    FAIRS(12, "举办专场招聘场次", null, Unit.FAIRS, Fact.FAIR, "1"),
    ON_SITE_FAIRS(13, "其中现场招聘会次数", null, Unit.FAIRS, Fact.FAIR, "on_site::int"),
    POSTS(14, "提供就业岗位数", null, Unit.POSTS, Fact.VACANCY, "places"),
    LARGE_EMPLOYER_POSTS(15, "其中规模以上企业提供岗位数", null, Unit.POSTS, Fact.VACANCY, "places * large_employer::int"),
    HELPED(16, "帮助援助对象实现就业人数", null, Unit.PERSONS, Fact.PERSON, "(ent OR flex OR self_employed OR welfare)::int"),
    ENTERPRISE(17, "企业吸纳人数", "帮助援助对象实现就业人数", Unit.PERSONS, Fact.PERSON, "ent::int"),
    FLEXIBLE(18, "灵活就业人数", "帮助援助对象实现就业人数", Unit.PERSONS, Fact.PERSON, "flex::int"),
    SELF_EMPLOYED(19, "自主创业人数", "帮助援助对象实现就业人数", Unit.PERSONS, Fact.PERSON, "self_employed::int"),
    WELFARE_POST(20, "公益性岗位安置人数", "帮助援助对象实现就业人数", Unit.PERSONS, Fact.PERSON, "welfare::int"),
    EMPLOYED(21, "认定的援助对象中实现就业人数", null, Unit.PERSONS, Fact.PERSON, "working::int"),
    EMPLOYED_LONG_TERM_UNEMPLOYED(22, "长期失业人数", "认定的援助对象中实现就业人数", Unit.PERSONS, Fact.PERSON,
            working("LONG_TERM_UNEMPLOYED")),
    EMPLOYED_4050(23, "4050 人员数", "认定的援助对象中实现就业人数", Unit.PERSONS, Fact.PERSON, "(working AND g4050)::int"),
    EMPLOYED_DISABLED(24, "残疾人员数", "认定的援助对象中实现就业人数", Unit.PERSONS, Fact.PERSON, working("DISABLED")),
    EMPLOYED_LOW_INCOME(25, "低保家庭成员人数", "认定的援助对象中实现就业人数", Unit.PERSONS, Fact.PERSON,
            working("LOW_INCOME")),
    EMPLOYED_GRADUATE(26, "就业困难高校毕业生数", "认定的援助对象中实现就业人数", Unit.PERSONS, Fact.PERSON,
            working("GRADUATE")),
    EMPLOYED_POVERTY_ALLEVIATED(27, "脱贫人口数", "认定的援助对象中实现就业人数", Unit.PERSONS, Fact.PERSON,
            working("POVERTY_ALLEVIATED")),
    EMPLOYED_MONITORED(28, "重点监测对象人数", "认定的援助对象中实现就业人数", Unit.PERSONS, Fact.PERSON,
            working("MONITORED")),
    EMPLOYED_VETERAN(29, "就业困难退役军人人数", "认定的援助对象中实现就业人数", Unit.PERSONS, Fact.PERSON,
            working("VETERAN")),
    EMPLOYED_RETIRED_FISHER(30, "退捕渔民人数", "认定的援助对象中实现就业人数", Unit.PERSONS, Fact.PERSON,
            working("RETIRED_FISHER")),
    RELIEFS(31, "对援助对象实施临时救助人次", null, Unit.TIMES, Fact.PERSON, "reliefs"),
    RELIEF_AMOUNT(32, "对援助电源发放临时救助金额数", null, Unit.YUAN, Fact.PERSON, "relief_fen");

    /** What a column sums over. */
    enum Fact { PERSON, FAIR, VACANCY }

    private final int no;
    private final String label;
    private final String group;
    private final Unit unit;
    private final Fact fact;
    private final String expression;

    WarmHeartColumn(int no, String label, String group, Unit unit, Fact fact, String expression) {
        this.no = no;
        this.label = label;
        this.group = group;
        this.unit = unit;
        this.fact = fact;
        this.expression = expression;
    }

    int no() {
        return no;
    }

    Unit unit() {
        return unit;
    }

    Fact fact() {
        return fact;
    }

    /** The value a fact of this column's kind adds (SQL over the facts' columns); 0 for facts of other kinds. */
    String expression(Fact of) {
        return of == fact ? expression : "0";
    }

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    ReportTable.Column column() {
        return new ReportTable.Column(key(), no, label, group, unit.label(), fact == Fact.PERSON);
    }

    static WarmHeartColumn ofKey(String key) {
        for (WarmHeartColumn c : values()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        throw Reports.unknownColumn(key);
    }

    private static String in(String group) {
        return "('" + group + "' = ANY (groups))::int";
    }

    private static String working(String group) {
        return "(working AND '" + group + "' = ANY (groups))::int";
    }
}
