package org.jobmatch.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.jobmatch.batch.BatchProgress;

/** A batch run's progress on the terminal: one bar for ranking, one for the allocation, then one for writing. */
final class PhaseBars implements BatchProgress {

    private final PrintStream out;
    private Phase phase;
    private ProgressBar bar;

    PhaseBars(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(Phase current, long done, long total) {
        if (current != phase) {
            if (bar != null) {
                bar.finish("");
            }
            phase = current;
            bar = new ProgressBar(out, label(current), total);
        }
        bar.update(done, String.format(Locale.ROOT, "%,d / %,d 人", done, total));
        if (current == Phase.WRITING && done >= total) {
            out.println();
        }
    }

    private static String label(Phase phase) {
        return switch (phase) {
            case RANKING -> "匹配 (ranking)";
            case ALLOCATING -> "分配 (allocation)";
            default -> "写入台账 (writing)";
        };
    }
}
