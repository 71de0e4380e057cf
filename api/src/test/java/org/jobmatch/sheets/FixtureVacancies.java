package org.jobmatch.sheets;

import java.time.LocalDate;
import java.util.List;

/** The vacancies of the test sheets, as employers' lists write them and as their NDJSON twins. V-1005/6 are refused. */
final class FixtureVacancies {

    record V(String id, String employer, String title, String source, Object openings, String ages, String wage,
             String place, String mode, String skills, String description, LocalDate until, String contact,
             String phone, String accessible, String twin) {
    }

    static final List<V> ALL = List.of(
            new V("V-1001", "海门叠石桥家纺有限公司", "缝纫工", "企业岗位", "8人", "18-50周岁", "4000-6500元/月", "三星镇",
                    "全职", "缝纫、平车", "家纺车间平车缝纫，计件工资，包午餐", LocalDate.of(2027, 6, 30), "张经理",
                    "051382001234", "否",
                    "{\"id\":\"V-1001\",\"source\":\"ENTERPRISE\",\"employer\":\"海门叠石桥家纺有限公司\",\"title\":\"缝纫工\","
                            + "\"description\":\"家纺车间平车缝纫，计件工资，包午餐\",\"skills\":[\"缝纫\",\"平车\"],"
                            + "\"township\":\"三星镇\",\"ageMin\":18,\"ageMax\":50,\"openings\":8,\"wageMin\":4000,"
                            + "\"wageMax\":6500,\"workMode\":\"FULL_TIME\",\"accessible\":false,\"validUntil\":\"2027-06-30\","
                            + "\"contact\":{\"name\":\"张经理\",\"phone\":\"051382001234\"}}"),
            new V("V-1002", "海门街道城市管理办公室", "道路保洁员", "公益性岗位", 3, "60周岁以下", "2280元/月", "海门街道",
                    "全职", "保洁", "负责辖区道路清扫保洁", null, "", "", "",
                    "{\"id\":\"V-1002\",\"source\":\"WELFARE_POST\",\"employer\":\"海门街道城市管理办公室\",\"title\":\"道路保洁员\","
                            + "\"description\":\"负责辖区道路清扫保洁\",\"skills\":[\"保洁\"],\"township\":\"海门街道\","
                            + "\"ageMax\":60,\"openings\":3,\"wageMin\":2280,\"wageMax\":2280,\"workMode\":\"FULL_TIME\"}"),
            new V("V-1003", "正余镇来料加工帮扶车间", "手工包装工", "就业帮扶车间", "10", "不限", "1800-3000元", "正余镇",
                    "兼职", "包装", "来料加工，手工包装、贴标，时间灵活可顾家", null, "", "", "是",
                    "{\"id\":\"V-1003\",\"source\":\"WORKSHOP\",\"employer\":\"正余镇来料加工帮扶车间\",\"title\":\"手工包装工\","
                            + "\"description\":\"来料加工，手工包装、贴标，时间灵活可顾家\",\"skills\":[\"包装\"],"
                            + "\"township\":\"正余镇\",\"openings\":10,\"wageMin\":1800,\"wageMax\":3000,"
                            + "\"workMode\":\"PART_TIME\",\"accessible\":true}"),
            new V("V-1004", "三星镇物业服务有限公司", "保安", "企业", "2人", "18-55岁", "3500元以上", "三星镇工业园区",
                    "全职", "", "", null, "李主管", "13912345678", "",
                    "{\"id\":\"V-1004\",\"source\":\"ENTERPRISE\",\"employer\":\"三星镇物业服务有限公司\",\"title\":\"保安\","
                            + "\"township\":\"三星镇\",\"ageMin\":18,\"ageMax\":55,\"openings\":2,\"wageMin\":3500,"
                            + "\"contact\":{\"name\":\"李主管\",\"phone\":\"13912345678\"}}"),
            new V("V-1005", "海门建筑劳务公司", "小工", "灵活就业", "5", "", "150元/天", "三星镇", "零工", "", "", null, "",
                    "", "", null),
            new V("V-1006", "悦来镇农业合作社", "采摘工", "企业岗位", "若干", "", "", "悦来镇", "季节性", "", "", null, "",
                    "", "", null));

    static final List<String> REFUSED_FIELDS = List.of("wageMin", "openings");

    private FixtureVacancies() {
    }
}
