package org.jobmatch.sheets;

import java.time.LocalDate;
import java.util.List;

import org.jobmatch.domain.IdNumber;

/**
 * The persons of the test sheets, each as a ledger writes it (Chinese words, dates and ranges as text) and,
 * for the valid ones, as its NDJSON twin says it. Rows 7–10 are refused, each for one reason.
 */
final class FixturePersons {

    /** {@code birth}: text for a text cell, null with {@code birthDate} for a date cell (serial number). */
    record P(String id, String name, String idNumber, Double idAsNumber, String gender, String birth,
             LocalDate birthDate, String phone, String household, String township, String village, String groups,
             String skills, String jobs, String wage, String status, String twin) {
    }

    static String id(String fifteen) {
        return IdNumber.parse(fifteen).value();
    }

    static final List<P> ALL = List.of(
            new P("P-1001", "王秀英", "320614197906121245", null, "", null, null, "13812345678", "H-1001", "三星镇",
                    "川心港村", "脱贫劳动力、残疾人", "在家纺厂做过缝纫，会平车", "缝纫工", "3000元", "未就业",
                    "{\"id\":\"P-1001\",\"name\":\"王秀英\",\"idNumber\":\"320614197906121245\",\"phone\":\"13812345678\","
                            + "\"householdId\":\"H-1001\",\"township\":\"三星镇\",\"village\":\"川心港村\","
                            + "\"groups\":[\"POVERTY_ALLEVIATED\",\"DISABLED\"],\"employmentStatus\":\"UNEMPLOYED\","
                            + "\"skills\":\"在家纺厂做过缝纫，会平车\",\"preferences\":{\"jobs\":\"缝纫工\",\"minWage\":3000}}"),
            new P("P-1002", "陈建国", "320614196901033110", null, "男", null, null, "13900001111", "H-1002", "海门街道",
                    "东洲社区", "就业困难人员，零就业家庭", "", "保洁 保安", "", "失业",
                    "{\"id\":\"P-1002\",\"name\":\"陈建国\",\"idNumber\":\"320614196901033110\",\"gender\":\"M\","
                            + "\"phone\":\"13900001111\",\"householdId\":\"H-1002\",\"township\":\"海门街道\","
                            + "\"village\":\"东洲社区\",\"groups\":[\"DIFFICULT\",\"ZERO_EMPLOYMENT_FAMILY\"],"
                            + "\"employmentStatus\":\"UNEMPLOYED\",\"preferences\":{\"jobs\":\"保洁 保安\"}}"),
            new P("P-1003", "张伟", "320614199008201533", null, "", null, null, "", "H-1003", "临江新区", "",
                    "返乡农民工", "在外地船厂干过电焊，有焊工证", "", "5000-6000元", "灵活就业",
                    "{\"id\":\"P-1003\",\"name\":\"张伟\",\"idNumber\":\"320614199008201533\",\"householdId\":\"H-1003\","
                            + "\"township\":\"临江新区\",\"groups\":[\"RETURNED_MIGRANT\"],\"employmentStatus\":\"FLEXIBLE\","
                            + "\"skills\":\"在外地船厂干过电焊，有焊工证\",\"preferences\":{\"minWage\":5000}}"),
            new P("P-1004", "李桂兰", "", null, "女", null, LocalDate.of(1976, 11, 2), "", "H-1004", "悦来镇", "",
                    "低保户", "照顾过瘫痪老人，做过护工", "护工", "", "未就业",
                    "{\"id\":\"P-1004\",\"name\":\"李桂兰\",\"gender\":\"F\",\"birthDate\":\"1976-11-02\","
                            + "\"householdId\":\"H-1004\",\"township\":\"悦来镇\",\"groups\":[\"LOW_INCOME\"],"
                            + "\"skills\":\"照顾过瘫痪老人，做过护工\",\"preferences\":{\"jobs\":\"护工\"}}"),
            new P("P-1005", "顾长根", "32061419720415291X", null, "", null, null, "", "H-1005", "余东镇", "",
                    "退捕渔民", "打了三十年鱼，会开船", "", "面议", "",
                    "{\"id\":\"P-1005\",\"name\":\"顾长根\",\"idNumber\":\"32061419720415291X\",\"householdId\":\"H-1005\","
                            + "\"township\":\"余东镇\",\"groups\":[\"RETIRED_FISHER\"],\"skills\":\"打了三十年鱼，会开船\"}"),
            new P("P-1006", "周美华", "", null, "女", "1985.3.7", null, "13700002222", "", "三星镇", "", "防止返贫监测对象",
                    "", "", "", "暂无就业意愿",
                    "{\"id\":\"P-1006\",\"name\":\"周美华\",\"gender\":\"F\",\"birthDate\":\"1985-03-07\","
                            + "\"phone\":\"13700002222\",\"township\":\"三星镇\",\"groups\":[\"MONITORED\"],"
                            + "\"employmentStatus\":\"NOT_SEEKING\"}"),
            new P("P-1007", "赵强", "", 3.20614198501011E17, "", null, null, "", "H-1007", "三星镇", "", "脱贫劳动力",
                    "", "", "", "", null),
            new P("P-1008", "孙丽", id("320614880615002"), null, "", null, null, "", "H-1008", "三星镇", "", "贫困生",
                    "", "", "", "", null),
            new P("P-1009", "吴刚", "", null, "男", "1979.13.45", null, "", "H-1009", "三星镇", "", "", "", "", "", "",
                    null),
            new P("P-1010", "钱芳", "320614199001011236", null, "", null, null, "", "H-1010", "三星镇", "", "", "", "",
                    "", "", null));

    /** What each refused row's problem mentions: the field blamed. */
    static final List<String> REFUSED_FIELDS = List.of("idNumber", "groups", "birthDate", "idNumber");

    private FixturePersons() {
    }
}
