package org.jobmatch.matching.rules;

/** The outcome of one hard rule, with a Chinese detail naming the values compared (e.g. "年龄 57 > 55"). */
public record RuleCheck(HardRule rule, boolean passed, String detail) {
}
