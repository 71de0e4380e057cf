package org.jobmatch.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on the terminal (stderr), redrawn at most every 200 ms. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDrawn;

    ProgressBar(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = total;
    }

    /** {@code done} of {@code total} units; {@code detail} is shown after the bar. */
    void update(long done, String detail) {
        long now = System.nanoTime();
        if (now - lastDrawn < REDRAW_NANOS && done < total) {
            return;
        }
        lastDrawn = now;
        if (total <= 0) { // a count without a known end
            out.printf(Locale.ROOT, "\r%s %s %.1fs ", label, detail, (now - started) / 1e9);
            out.flush();
            return;
        }
        double fraction = total <= 0 ? 0 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = (now - started) / 1e9;
        out.printf(Locale.ROOT, "\r%s [%s%s] %3.0f%% %s %.1fs ", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), fraction * 100, detail, seconds);
        out.flush();
    }

    void finish(String summary) {
        out.println();
        out.println(summary);
    }
}
