package org.jobmatch.sheets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges written as text: ages ("18-45周岁", "45周岁以下", "18岁以上", "不限") and monthly wages
 * ("3000-4500元/月", "3000元以上", "4000", "4.5k", "面议"). A wage by the day or hour is refused, not converted.
 */
final class Ranges {

    /** Bounds, either may be null (open). */
    record Range(Integer min, Integer max) {
    }

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)\\s*([kK千万])?";
    private static final Pattern BETWEEN = Pattern.compile(NUMBER + "[^\\d]*?(?:-|－|—|–|~|～|〜|至|到)+\\D*?" + NUMBER);
    private static final Pattern SINGLE = Pattern.compile(NUMBER);
    private static final Pattern OPEN = Pattern.compile("不限|面议|无|无要求|待定|-|/");
    private static final Pattern BELOW = Pattern.compile(".*(以下|以内|之内|不超过|不大于|最高|封顶).*");
    private static final Pattern ABOVE = Pattern.compile(".*(以上|起|不低于|不少于|最低|保底|\\+).*");
    private static final Pattern NOT_MONTHLY = Pattern.compile(".*(天|日|时|周|年|件).*");

    static final CellProblem BAD_AGE = new CellProblem("年龄要求无法识别：请写成 18-45周岁、45周岁以下或 18周岁以上",
            "age range not understood: write 18-45, 45周岁以下 or 18周岁以上");
    static final CellProblem BAD_WAGE = new CellProblem("薪资无法识别：请写成月薪，如 3000-4500元/月、3000元以上或面议",
            "wage not understood: write a monthly wage such as 3000-4500元/月");
    static final CellProblem NOT_A_MONTHLY_WAGE = new CellProblem(
            "薪资应为月薪：按天、按小时或计件的工资请换算成每月大约多少元（如 3000-4500元/月）",
            "wages are monthly: convert a daily, hourly or piece rate into an approximate monthly wage");

    private Ranges() {
    }

    /** An age range; a lone number is not one. */
    static Range ages(Cell cell) {
        Range range = parse(cell, BAD_AGE);
        if (range == null) {
            throw BAD_AGE;
        }
        return range;
    }

    /** A monthly wage range; a lone figure is both bounds. */
    static Range wages(Cell cell) {
        if (!cell.isNumber() && NOT_MONTHLY.matcher(cell.text()).matches()) {
            throw NOT_A_MONTHLY_WAGE;
        }
        Range range = parse(cell, BAD_WAGE);
        return range != null ? range : new Range(lone(cell), lone(cell));
    }

    /** The least monthly wage a person asks for: a lone figure, or a range's lower bound. */
    static Integer minimumWage(Cell cell) {
        if (!cell.isNumber() && NOT_MONTHLY.matcher(cell.text()).matches()) {
            throw NOT_A_MONTHLY_WAGE;
        }
        Range range = parse(cell, BAD_WAGE);
        if (range == null) {
            return lone(cell);
        }
        return range.min(); // null for 面议

    }

    /** The range written, or null for a lone number without 以上 or 以下. */
    private static Range parse(Cell cell, CellProblem bad) {
        if (cell.isNumber()) {
            return null;
        }
        String text = cell.text().replace(",", "").replace("，", "").strip();
        if (OPEN.matcher(text).matches()) {
            return new Range(null, null);
        }
        Matcher between = BETWEEN.matcher(text);
        if (between.find()) {
            return new Range(value(between.group(1), between.group(2)), value(between.group(3), between.group(4)));
        }
        Matcher single = SINGLE.matcher(text);
        if (!single.find() || !text.replaceAll(NUMBER + "|[元岁周人民币/月左右以上下内起\\s]", "").isEmpty()
                && !BELOW.matcher(text).matches() && !ABOVE.matcher(text).matches()) {
            throw bad;
        }
        int value = value(single.group(1), single.group(2));
        if (BELOW.matcher(text).matches()) {
            return new Range(null, value);
        }
        return ABOVE.matcher(text).matches() ? new Range(value, null) : null;
    }

    private static int lone(Cell cell) {
        if (cell.isNumber()) {
            return whole(cell.number());
        }
        Matcher single = SINGLE.matcher(cell.text().replace(",", ""));
        single.find();
        return value(single.group(1), single.group(2));
    }

    private static int value(String number, String unit) {
        double value = Double.parseDouble(number);
        if (unit != null) {
            value *= unit.equals("万") ? 10_000 : 1_000;
        }
        return whole(value);
    }

    private static int whole(double value) {
        return (int) Math.round(Math.min(value, Integer.MAX_VALUE));
    }
}
