package org.jobmatch.embedded;

import java.util.Locale;

final class Durations {

    private Durations() {
    }

    /** "11.2 s" since {@code startNanos}. */
    static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
