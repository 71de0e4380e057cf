package org.jobmatch.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jobmatch.batch.BatchFilter;
import org.jobmatch.batch.BatchService;
import org.jobmatch.batch.BatchView;
import org.jobmatch.batch.ReportLines;
import org.jobmatch.web.ApiException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code batch [--township T] [--groups G,G] [--operator NAME] [--out FILE.xlsx]}: a batch run in the
 * foreground with a progress bar. A RUNNING batch with the same filter (a run that was killed) is resumed.
 */
@Component
@ConditionalOnProperty("jobmatch.command")
class BatchCommand implements CommandRunner.Command {

    private static final String USAGE = "用法 (usage): java -jar jobmatch.jar batch [--township 乡镇] "
            + "[--groups DIFFICULT,...] [--operator 经办人] [--out 结果.xlsx]";

    private final BatchService batches;

    BatchCommand(BatchService batches) {
        this.batches = batches;
    }

    @Override
    public String name() {
        return Commands.BATCH;
    }

    @Override
    public int run(List<String> words) throws Exception {
        Options options;
        BatchFilter filter;
        try {
            options = Options.parse(words, Set.of("township", "groups", "operator", "out"));
            filter = BatchFilter.of(options.get("township").orElse(null),
                    List.of(options.get("groups").orElse("").split(",")).stream().filter(g -> !g.isBlank()).toList());
        } catch (ApiException e) {
            System.err.println(e.reasonZh() + " (" + e.reasonEn() + ")");
            System.err.println(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        long id;
        try {
            id = resumableOrNew(filter, options.get("operator").orElse(null));
        } catch (ApiException e) {
            System.err.println(e.reasonZh() + " (" + e.reasonEn() + ")");
            return 3;
        }
        if (!batches.runHere(id, new PhaseBars(System.err))) {
            System.err.println("批次已中断，再次运行本命令可继续 (interrupted; run again to resume)");
            return 4;
        }
        BatchView view = batches.find(id).orElseThrow();
        System.err.printf(Locale.ROOT, "第 %s 批 (batch %s): %s，共 %,d 人，完成 %,d 人，失败 %,d 人%n",
                view.id(), view.id(), view.status(), view.total(), view.done(), view.failed());
        if (view.report() != null) {
            System.err.println("公平分配报告 (fairness):");
            ReportLines.of(view.report()).forEach(line -> System.err.println("  " + line));
        }
        if (view.failure() != null) {
            System.err.println("批次失败 (failed): " + view.failure().detail());
        }
        if (options.get("out").isPresent()) {
            Path out = Path.of(options.get("out").get());
            try (OutputStream stream = Files.newOutputStream(out)) {
                batches.writeWorkbook(id, stream);
            }
            System.err.println("结果已写入 (results written to) " + out.toAbsolutePath());
        }
        return 0;
    }

    private long resumableOrNew(BatchFilter filter, String operator) {
        for (long running : batches.running()) {
            BatchView view = batches.find(running).orElseThrow();
            if (new BatchFilter(view.township(), view.groups()).equals(filter)) {
                System.err.println("继续未完成的第 " + running + " 批 (resuming batch " + running + ")");
                return running;
            }
        }
        return batches.create(filter, operator, null);
    }
}
