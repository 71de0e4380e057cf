package org.jobmatch.cli;

import java.util.Set;

/** The one-shot commands of the jar: {@code java -jar jobmatch.jar COMMAND ...}. */
public final class Commands {

    static final String IMPORT = "import";
    static final String REINDEX = "reindex";
    static final String BATCH = "batch";
    static final String BENCH = "bench";
    static final String STRESS_PLACEMENTS = "stress-placements";
    /** {@code bench kiosk}: the one command that needs the web server, to be measured through it. */
    static final String KIOSK = "kiosk";
    private static final Set<String> ALL = Set.of(IMPORT, REINDEX, BATCH, BENCH, STRESS_PLACEMENTS);

    private Commands() {
    }

    public static boolean isCommand(String argument) {
        return ALL.contains(argument);
    }

    public static boolean needsWebServer(String[] args) {
        return args.length > 1 && args[0].equals(BENCH) && args[1].equals(KIOSK);
    }
}
