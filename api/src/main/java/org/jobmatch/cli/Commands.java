package org.jobmatch.cli;

import java.util.Set;

/** The one-shot commands of the jar: {@code java -jar jobmatch.jar COMMAND ...}. */
public final class Commands {

    static final String IMPORT = "import";
    static final String REINDEX = "reindex";
    static final String BATCH = "batch";
    static final String BENCH = "bench";
    static final String STRESS_PLACEMENTS = "stress-placements";
    private static final Set<String> ALL = Set.of(IMPORT, REINDEX, BATCH, BENCH, STRESS_PLACEMENTS);

    private Commands() {
    }

    public static boolean isCommand(String argument) {
        return ALL.contains(argument);
    }
}
