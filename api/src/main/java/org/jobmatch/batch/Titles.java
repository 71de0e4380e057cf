package org.jobmatch.batch;

import java.util.stream.Collectors;

import org.jobmatch.domain.AssistanceGroup;

/** The printed title of a run's result sheet, e.g. {@code 批量推荐结果 第 3 批 三星镇 2026-12-01}. */
public final class Titles {

    private Titles() {
    }

    public static String of(BatchView batch) {
        String scope = batch.township() == null ? "全区" : batch.township();
        String groups = batch.groups().isEmpty() ? ""
                : " " + batch.groups().stream().sorted().map(AssistanceGroup::label).collect(Collectors.joining("、"));
        return "批量推荐结果 第 " + batch.id() + " 批 " + scope + groups + " " + batch.runOn();
    }
}
