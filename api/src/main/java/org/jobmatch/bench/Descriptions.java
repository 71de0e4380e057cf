package org.jobmatch.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Vacancy descriptions the way employers hand them to a township office: the post and head count, the
 * skills, a few requirements, the pay, some benefits and the hours, in varying order and wording.
 * Boilerplate repeats across posts, as it does on real job boards; numbers and skills vary.
 */
final class Descriptions {

    private static final String[] REQUIREMENTS = {"男女不限", "限女性", "身体健康", "能吃苦耐劳", "责任心强", "服从安排",
        "初中及以上文化", "识字会算账", "会使用智能手机", "视力良好", "无不良嗜好", "有相关工作经验者优先", "新手可带",
        "可接受残疾人", "持证上岗", "本地人优先", "年龄偏大也可", "手脚麻利", "有耐心", "吃住在厂里也可以"};
    private static final String[] BENEFITS = {"包吃住", "包午餐", "提供住宿", "缴纳五险", "五险一金", "节日福利",
        "免费岗前培训", "年底有奖金", "有班车接送", "交通补贴", "工作环境好", "离家近", "可带孩子上班", "高温补贴"};
    private static final String[] HOURS = {"长白班", "两班倒", "做六休一", "月休4天", "早8点到晚5点", "可兼职",
        "时间灵活，可照顾家庭", "农忙可请假", "做五休二", "三班倒，可调休"};

    private final Random random;

    Descriptions(Random random) {
        this.random = random;
    }

    /** A description for the vacancy as generated so far (title, skills, wages and ages when present). */
    String of(Map<String, Object> vacancy) {
        Set<String> parts = new LinkedHashSet<>(); // a requirement or benefit drawn twice is said once
        int heads = 1 + random.nextInt(9);
        boolean enterprise = "ENTERPRISE".equals(vacancy.get("source"));
        parts.add(enterprise && random.nextBoolean() ? "因生产需要，现招聘" + vacancy.get("title") + "若干"
                : "招" + vacancy.get("title") + heads + "名");
        if (vacancy.get("skills") instanceof List<?> skills && !skills.isEmpty()) {
            String named = String.join("、", skills.stream().map(String::valueOf).toList());
            parts.add(random.nextBoolean() ? "会" + named : "有" + named + "经验者优先");
        }
        if (vacancy.get("ageMin") instanceof Integer min && vacancy.get("ageMax") instanceof Integer max) {
            parts.add("年龄" + min + "-" + max + "岁");
        }
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            parts.add(pick(REQUIREMENTS));
        }
        parts.add(pay(vacancy));
        for (int i = 0; i < random.nextInt(4); i++) {
            parts.add(pick(BENEFITS));
        }
        if (random.nextDouble() < 0.6) {
            parts.add(pick(HOURS));
        }
        return String.join(random.nextDouble() < 0.7 ? "，" : "；", parts) + "。";
    }

    private String pay(Map<String, Object> vacancy) {
        int min = vacancy.get("wageMin") instanceof Integer w ? w : 3000;
        int max = vacancy.get("wageMax") instanceof Integer w ? w : min + 1000;
        return switch (random.nextInt(5)) {
            case 0 -> "月薪" + min + "-" + max + "元";
            case 1 -> "底薪" + min + "元加提成";
            case 2 -> "计件工资，多劳多得，一般" + min + "到" + max;
            case 3 -> "工资面议";
            default -> "综合收入" + min + "-" + max + "元/月";
        };
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
