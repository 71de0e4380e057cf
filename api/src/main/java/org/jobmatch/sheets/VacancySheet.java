package org.jobmatch.sheets;

import static org.jobmatch.sheets.CellReaders.date;
import static org.jobmatch.sheets.CellReaders.decimal;
import static org.jobmatch.sheets.CellReaders.digits;
import static org.jobmatch.sheets.CellReaders.integer;
import static org.jobmatch.sheets.CellReaders.list;
import static org.jobmatch.sheets.CellReaders.term;
import static org.jobmatch.sheets.CellReaders.terms;
import static org.jobmatch.sheets.CellReaders.text;
import static org.jobmatch.sheets.CellReaders.township;
import static org.jobmatch.sheets.CellReaders.yesNo;
import static org.jobmatch.sheets.SheetField.of;
import static org.jobmatch.sheets.SheetField.range;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jobmatch.domain.Gazetteer;
import org.jobmatch.domain.Vacancy;
import org.jobmatch.importing.RecordKind;
import org.springframework.stereotype.Component;

/** The vacancies' sheet (岗位信息表): the headers employers' lists use for each field of the contract. */
@Component
final class VacancySheet implements SheetKind {

    private final List<SheetField> fields;

    VacancySheet(Gazetteer gazetteer) {
        this.fields = List.of(
                of("id", digits("id"), "岗位编号", "编号", "岗位代码", "职位编号"),
                of("source", term("source", Terms.SOURCES), "岗位类型", "岗位类别", "岗位来源", "岗位性质"),
                of("employer", text("employer"), "用人单位", "单位名称", "企业名称", "招聘单位", "用工单位", "公司名称", "单位"),
                of("title", text("title"), "岗位名称", "招聘岗位", "职位名称", "岗位", "职位", "工种"),
                of("description", text("description"), "岗位描述", "岗位职责", "工作内容", "岗位要求", "任职要求"),
                of("skills", list("skills"), "技能要求", "所需技能", "技能"),
                of("township", township("township", gazetteer), "乡镇(街道)", "工作地点", "所在镇(街道)", "乡镇",
                        "镇(街道)", "所在乡镇", "工作乡镇", "镇街", "工作地址"),
                range("ageRange", "ageMin", "ageMax", CellReaders.ages(), "年龄要求", "年龄", "年龄范围", "年龄限制"),
                of("ageMin", integer("ageMin"), "最低年龄", "年龄下限"),
                of("ageMax", integer("ageMax"), "最高年龄", "年龄上限"),
                of("openings", integer("openings"), "招聘人数", "需求人数", "岗位数", "人数", "招聘数量", "用工人数", "空缺人数"),
                range("wage", "wageMin", "wageMax", CellReaders.wages(), "薪资", "薪资待遇", "月薪", "工资", "工资待遇",
                        "薪酬", "月工资", "薪资范围", "薪酬待遇"),
                of("wageMin", integer("wageMin"), "最低工资", "工资下限", "月薪下限"),
                of("wageMax", integer("wageMax"), "最高工资", "工资上限", "月薪上限"),
                of("workMode", term("workMode", Terms.WORK_MODES), "用工形式", "工作方式", "用工方式", "就业形式"),
                of("accessible", yesNo("accessible"), "是否适合残疾人", "适合残疾人", "残疾人可报", "无障碍岗位"),
                of("eligibleGroups", terms("eligibleGroups", Terms.GROUPS), "招聘对象", "面向人群", "限定人员类别", "安置对象"),
                of("validUntil", date("validUntil"), "截止日期", "有效期至", "招聘截止日期", "截止时间"),
                of("contact.name", text("contact.name"), "联系人"),
                of("contact.phone", digits("contact.phone"), "联系电话", "联系方式", "电话", "手机", "联系人电话"),
                of("location.lat", decimal("location.lat"), "纬度"),
                of("location.lon", decimal("location.lon"), "经度"));
    }

    @Override
    public String label() {
        return "岗位";
    }

    @Override
    public RecordKind records() {
        return RecordKind.VACANCIES;
    }

    @Override
    public List<SheetField> fields() {
        return fields;
    }

    @Override
    public Map<String, String> example() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", "V-0001");
        row.put("source", "企业岗位");
        row.put("employer", "海门叠石桥家纺有限公司");
        row.put("title", "缝纫工");
        row.put("description", "家纺车间平车缝纫，计件工资，包午餐");
        row.put("skills", "缝纫、平车");
        row.put("township", "三星镇");
        row.put("ageRange", "18-50周岁");
        row.put("openings", "8");
        row.put("wage", "4000-6500元/月");
        row.put("workMode", "全职");
        row.put("accessible", "否");
        row.put("validUntil", "2027-06-30");
        row.put("contact.name", "张经理");
        row.put("contact.phone", "051382001234");
        return row;
    }

    @Override
    public Map<String, String> display(Object record) {
        return RecordDisplay.vacancy((Vacancy) record);
    }

    @Override
    public RowKeys keys() {
        return new NameKeys();
    }
}
