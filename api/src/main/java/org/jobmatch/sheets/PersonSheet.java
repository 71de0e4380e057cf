package org.jobmatch.sheets;

import static org.jobmatch.sheets.CellReaders.date;
import static org.jobmatch.sheets.CellReaders.decimal;
import static org.jobmatch.sheets.CellReaders.digits;
import static org.jobmatch.sheets.CellReaders.idNumber;
import static org.jobmatch.sheets.CellReaders.minimumWage;
import static org.jobmatch.sheets.CellReaders.term;
import static org.jobmatch.sheets.CellReaders.terms;
import static org.jobmatch.sheets.CellReaders.text;
import static org.jobmatch.sheets.CellReaders.township;
import static org.jobmatch.sheets.CellReaders.yesNo;
import static org.jobmatch.sheets.SheetField.of;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jobmatch.domain.Gazetteer;
import org.jobmatch.domain.Person;
import org.jobmatch.importing.RecordKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The persons' ledger sheet (帮扶对象台账): the headers offices use for each field of the contract. */
@Component
final class PersonSheet implements SheetKind {

    private final List<SheetField> fields;
    private final JdbcTemplate jdbc;

    PersonSheet(Gazetteer gazetteer, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.fields = List.of(
                of("id", digits("id"), "编号", "台账编号", "人员编号", "档案编号", "帮扶对象编号", "个人编号"),
                of("name", text("name"), "姓名", "人员姓名", "劳动力姓名", "帮扶对象姓名", "名字"),
                of("idNumber", idNumber("idNumber"), "身份证号码", "公民身份号码", "身份证号", "身份证", "证件号码",
                        "身份证件号码", "身份证号码(18位)"),
                of("gender", term("gender", Terms.GENDERS), "性别"),
                of("birthDate", date("birthDate"), "出生日期", "出生年月日", "出生年月", "生日"),
                of("phone", digits("phone"), "联系电话", "手机号", "手机号码", "电话", "联系方式", "手机", "电话号码"),
                of("householdId", digits("householdId"), "户号", "家庭编号", "户编号", "户编码", "家庭户号"),
                of("township", township("township", gazetteer), "乡镇(街道)", "所在镇(街道)", "乡镇", "镇(街道)",
                        "所在乡镇", "所属乡镇", "镇街", "乡镇街道", "所在镇"),
                of("village", text("village"), "村(社区)", "所在村(社区)", "村(居)", "村居", "所在村", "村", "社区", "村社区"),
                of("groups", terms("groups", Terms.GROUPS), "人员类别", "帮扶类别", "人员身份", "帮扶对象类别",
                        "人员类型", "身份类别", "类别"),
                of("employmentStatus", term("employmentStatus", Terms.STATUS), "就业状态", "就业情况", "是否就业"),
                of("skills", text("skills"), "技能特长", "技能", "特长", "专业技能", "技能情况"),
                of("preferences.jobs", text("preferences.jobs"), "求职意向", "意向岗位", "就业意向", "意向工种",
                        "期望岗位", "期望工作"),
                of("preferences.minWage", minimumWage("preferences.minWage"), "期望月薪", "期望薪资", "期望工资",
                        "月薪要求", "薪资要求", "期望收入"),
                of("preferences.workModes", terms("preferences.workModes", Terms.WORK_MODES), "期望用工形式",
                        "就业方式", "期望就业方式", "工作方式"),
                of("preferences.maxDistanceKm", decimal("preferences.maxDistanceKm"), "最远通勤距离(公里)",
                        "通勤距离", "可接受距离", "最远距离"),
                of("preferences.willingToMigrate", yesNo("preferences.willingToMigrate"), "是否愿意外出务工",
                        "外出务工意愿", "愿意外出务工", "是否外出务工", "外出意愿"),
                of("location.lat", decimal("location.lat"), "纬度"),
                of("location.lon", decimal("location.lon"), "经度"));
    }

    @Override
    public String label() {
        return "人员";
    }

    @Override
    public RecordKind records() {
        return RecordKind.PERSONS;
    }

    @Override
    public List<SheetField> fields() {
        return fields;
    }

    @Override
    public Map<String, String> example() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", "P-0001");
        row.put("name", "王秀英");
        row.put("idNumber", "320614197906121245");
        row.put("phone", "13812345678");
        row.put("householdId", "H-0001");
        row.put("township", "三星镇");
        row.put("village", "川心港村");
        row.put("groups", "脱贫劳动力、残疾人");
        row.put("employmentStatus", "未就业");
        row.put("skills", "在家纺厂做过缝纫，会平车");
        row.put("preferences.jobs", "缝纫工");
        row.put("preferences.minWage", "3000元");
        row.put("preferences.maxDistanceKm", "15");
        row.put("preferences.willingToMigrate", "否");
        return row;
    }

    @Override
    public Map<String, String> display(Object record) {
        return RecordDisplay.person((Person) record);
    }

    @Override
    public RowKeys keys() {
        return new IdNumberKeys(jdbc);
    }
}
