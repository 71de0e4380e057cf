package org.jobmatch.sheets;

import static org.jobmatch.sheets.CellReaders.date;
import static org.jobmatch.sheets.CellReaders.decimal;
import static org.jobmatch.sheets.CellReaders.digits;
import static org.jobmatch.sheets.CellReaders.idNumber;
import static org.jobmatch.sheets.CellReaders.term;
import static org.jobmatch.sheets.CellReaders.text;
import static org.jobmatch.sheets.SheetField.of;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jobmatch.importing.RecordKind;
import org.jobmatch.importing.ServiceRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The service ledger's sheet (服务台账): one row per service given to a person, who is named by ledger number or,
 * as most service sheets do, by ID number (and name, checked against the ledger).
 */
@Component
final class ServiceSheet implements SheetKind {

    private final List<SheetField> fields = List.of(
            of("id", digits("id"), "服务编号", "记录编号", "服务记录编号"),
            of("personId", digits("personId"), "人员编号", "台账编号", "帮扶对象编号", "个人编号", "编号"),
            of(ServiceKeys.NAME, text(ServiceKeys.NAME), "姓名", "人员姓名", "服务对象", "帮扶对象姓名"),
            of(ServiceKeys.ID_NUMBER, idNumber(ServiceKeys.ID_NUMBER), "身份证号码", "公民身份号码", "身份证号", "身份证",
                    "证件号码"),
            of("kind", term("kind", Terms.SERVICE_KINDS), "服务类型", "服务项目", "服务内容", "服务类别", "帮扶措施"),
            of("date", date("date"), "服务日期", "服务时间", "日期"),
            of("channel", term("channel", Terms.SERVICE_CHANNELS), "服务方式", "服务渠道", "方式"),
            of("operator", text("operator"), "经办人", "服务人员", "经办人员", "工作人员", "服务人"),
            of("note", text("note"), "备注", "服务情况", "情况说明", "说明"),
            of("course", text("course"), "培训课程", "培训项目", "培训工种", "课程"),
            of("amount", decimal("amount"), "救助金额", "救助金额(元)", "发放金额", "金额"),
            of("jobChannel", term("jobChannel", Terms.JOB_CHANNELS), "就业渠道", "就业途径"));

    private final JdbcTemplate jdbc;

    ServiceSheet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String label() {
        return "服务记录";
    }

    @Override
    public RecordKind records() {
        return RecordKind.SERVICES;
    }

    @Override
    public List<SheetField> fields() {
        return fields;
    }

    @Override
    public Map<String, String> example() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(ServiceKeys.NAME, "王秀英");
        row.put(ServiceKeys.ID_NUMBER, "320614197906121245");
        row.put("kind", "参加培训");
        row.put("date", "2026.11.3");
        row.put("channel", "窗口");
        row.put("operator", "陈红");
        row.put("note", "家纺缝纫工培训第一期");
        row.put("course", "缝纫工（初级）");
        return row;
    }

    @Override
    public Map<String, String> display(Object record) {
        ServiceRow s = (ServiceRow) record;
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("id", s.id());
        shown.put("personId", s.personId());
        shown.put("kind", s.kind().label());
        shown.put("date", s.date().toString());
        shown.put("channel", s.channel().label());
        shown.put("operator", s.operator());
        shown.put("note", s.note());
        shown.put("course", s.course());
        shown.put("amount", s.amount() == null ? null : s.amount().toPlainString());
        shown.put("jobChannel", s.jobChannel() == null ? null : s.jobChannel().label());
        return shown;
    }

    /** Always: persons named by ID number are looked up, and rows without a service number keyed. */
    @Override
    public RowKeys keys(ColumnMapping mapping) {
        return new ServiceKeys(jdbc);
    }

    @Override
    public RowKeys keys() {
        return new ServiceKeys(jdbc);
    }
}
