package org.jobmatch.sheets;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jobmatch.services.JobChannel;
import org.jobmatch.services.ServiceChannel;
import org.jobmatch.services.ServiceKind;

/**
 * The words ledgers use for the contract's enum values ("脱贫劳动力、残疾人" → POVERTY_ALLEVIATED, DISABLED). The
 * contract's own names are understood too. A word not listed refuses the row; it is never guessed.
 */
final class Terms {

    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/|\\s]+");

    static final Terms GROUPS = new Terms("人员类别", "就业困难人员、脱贫劳动力、防止返贫监测对象、低保、零就业家庭、残疾人、退捕渔民、退役军人、"
            + "高校毕业生、返乡农民工、长期失业、登记失业", Map.ofEntries(
            entry("就业困难人员", "DIFFICULT"), entry("就业困难", "DIFFICULT"), entry("困难人员", "DIFFICULT"),
            entry("脱贫劳动力", "POVERTY_ALLEVIATED"), entry("脱贫人口", "POVERTY_ALLEVIATED"),
            entry("脱贫户", "POVERTY_ALLEVIATED"), entry("建档立卡", "POVERTY_ALLEVIATED"),
            entry("防止返贫监测对象", "MONITORED"), entry("监测对象", "MONITORED"), entry("监测户", "MONITORED"),
            entry("低保", "LOW_INCOME"), entry("低保户", "LOW_INCOME"), entry("低保对象", "LOW_INCOME"),
            entry("低收入", "LOW_INCOME"), entry("低收入家庭", "LOW_INCOME"), entry("低收入人口", "LOW_INCOME"),
            entry("特困", "LOW_INCOME"), entry("零就业家庭", "ZERO_EMPLOYMENT_FAMILY"), entry("零就业", "ZERO_EMPLOYMENT_FAMILY"),
            entry("残疾人", "DISABLED"), entry("持证残疾人", "DISABLED"), entry("残疾", "DISABLED"),
            entry("退捕渔民", "RETIRED_FISHER"), entry("退役军人", "VETERAN"), entry("退伍军人", "VETERAN"),
            entry("离校未就业高校毕业生", "GRADUATE"), entry("高校毕业生", "GRADUATE"), entry("未就业高校毕业生", "GRADUATE"),
            entry("返乡农民工", "RETURNED_MIGRANT"), entry("返乡人员", "RETURNED_MIGRANT"),
            entry("长期失业", "LONG_TERM_UNEMPLOYED"), entry("长期失业人员", "LONG_TERM_UNEMPLOYED"),
            entry("登记失业", "REGISTERED_UNEMPLOYED"), entry("登记失业人员", "REGISTERED_UNEMPLOYED"),
            entry("4050", ""), entry("4050人员", ""), entry("无", ""), entry("一般人员", ""), entry("其他", "")));
    static final Terms STATUS = new Terms("就业状态", "未就业、灵活就业、已就业、无就业意愿", Map.ofEntries(
            entry("未就业", "UNEMPLOYED"), entry("失业", "UNEMPLOYED"), entry("待业", "UNEMPLOYED"), entry("否", "UNEMPLOYED"),
            entry("灵活就业", "FLEXIBLE"), entry("零工", "FLEXIBLE"), entry("已就业", "EMPLOYED"), entry("就业", "EMPLOYED"),
            entry("在岗", "EMPLOYED"), entry("务工", "EMPLOYED"), entry("是", "EMPLOYED"),
            entry("无就业意愿", "NOT_SEEKING"), entry("暂无就业意愿", "NOT_SEEKING"), entry("不愿就业", "NOT_SEEKING"),
            entry("丧失劳动能力", "NOT_SEEKING"), entry("在校", "NOT_SEEKING")));
    static final Terms SOURCES = new Terms("岗位类型", "企业岗位、就业帮扶车间、公益性岗位、灵活就业", Map.ofEntries(
            entry("企业岗位", "ENTERPRISE"), entry("企业", "ENTERPRISE"), entry("就业帮扶车间", "WORKSHOP"),
            entry("帮扶车间", "WORKSHOP"), entry("扶贫车间", "WORKSHOP"), entry("车间", "WORKSHOP"),
            entry("公益性岗位", "WELFARE_POST"), entry("公益岗", "WELFARE_POST"), entry("公益岗位", "WELFARE_POST"),
            entry("灵活就业", "FLEXIBLE"), entry("零工", "FLEXIBLE"), entry("灵活用工", "FLEXIBLE"),
            entry("灵活就业/零工", "FLEXIBLE")));
    static final Terms WORK_MODES = new Terms("用工形式", "全职、兼职、季节性、灵活", Map.ofEntries(
            entry("全职", "FULL_TIME"), entry("全日制", "FULL_TIME"), entry("长期", "FULL_TIME"),
            entry("兼职", "PART_TIME"), entry("非全日制", "PART_TIME"), entry("季节性", "SEASONAL"),
            entry("季节工", "SEASONAL"), entry("临时", "SEASONAL"), entry("灵活", "FLEXIBLE"),
            entry("灵活就业", "FLEXIBLE"), entry("零工", "FLEXIBLE"), entry("不限", "")));
    static final Terms GENDERS = new Terms("性别", "男、女", Map.of("男", "M", "女", "F", "男性", "M", "女性", "F"));
    static final Terms YES_NO = new Terms("是/否", "是、否", Map.ofEntries(entry("是", "true"), entry("否", "false"),
            entry("TRUE", "true"), entry("FALSE", "false"), entry("Y", "true"), entry("N", "false"),
            entry("√", "true"), entry("有", "true"), entry("无", "false"), entry("愿意", "true"),
            entry("不愿意", "false")));

    static final Terms SERVICE_KINDS = new Terms("服务类型", labels(ServiceKind.values(), ServiceKind::label),
            withLabels(ServiceKind.values(), ServiceKind::label, Map.ofEntries(entry("政策宣传", "POLICY_TALK"),
                    entry("宣讲", "POLICY_TALK"), entry("就业指导", "CAREER_GUIDANCE"), entry("培训", "TRAINING"),
                    entry("技能培训", "TRAINING"), entry("走访", "VISIT"), entry("入户走访", "VISIT"),
                    entry("慰问", "VISIT"), entry("救助", "TEMPORARY_RELIEF"), entry("实现就业", "JOB_FOUND"),
                    entry("自行就业", "JOB_FOUND"))));
    static final Terms SERVICE_CHANNELS = new Terms("服务方式", labels(ServiceChannel.values(), ServiceChannel::label),
            withLabels(ServiceChannel.values(), ServiceChannel::label, Map.ofEntries(entry("窗口服务", "COUNTER"),
                    entry("电话联系", "PHONE"), entry("电话回访", "PHONE"), entry("上门服务", "VISIT"),
                    entry("入户", "VISIT"), entry("网上", "ONLINE"), entry("微信", "ONLINE"))));
    static final Terms JOB_CHANNELS = new Terms("就业渠道", labels(JobChannel.values(), JobChannel::label),
            withLabels(JobChannel.values(), JobChannel::label, Map.of("创业", "SELF_EMPLOYED")));

    private final String column;
    private final String allowed;
    private final Map<String, String> words;

    private Terms(String column, String allowed, Map<String, String> words) {
        this.column = column;
        this.allowed = allowed;
        this.words = words;
    }

    /** The value of one word; "" for a word that means nothing to store. */
    String one(String text) {
        String word = text.strip();
        String value = words.get(word);
        if (value == null) {
            value = words.get(word.toUpperCase(Locale.ROOT));
        }
        if (value == null && words.containsValue(word.toUpperCase(Locale.ROOT))) {
            value = word.toUpperCase(Locale.ROOT);
        }
        if (value == null) {
            throw new CellProblem(column + "无法识别：可写 " + allowed, "unknown " + column + " word");
        }
        return value;
    }

    /** The values of a list of words ("脱贫劳动力、残疾人"), without repeats or empty ones. */
    List<String> many(String text) {
        Set<String> values = new LinkedHashSet<>();
        for (String word : SEPARATORS.split(text.strip())) {
            String value = word.isEmpty() ? "" : one(word);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return new ArrayList<>(values);
    }

    private static <E extends Enum<E>> String labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).collect(Collectors.joining("、"));
    }

    /** The enum's own labels as words for its values, with {@code more}. */
    private static <E extends Enum<E>> Map<String, String> withLabels(E[] values, Function<E, String> label,
                                                                     Map<String, String> more) {
        Map<String, String> words = new HashMap<>(more);
        Arrays.stream(values).forEach(v -> words.put(label.apply(v), v.name()));
        return Map.copyOf(words);
    }
}
