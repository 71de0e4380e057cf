package org.jobmatch.matching;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** How long each phase of a run took, for the log: where the time goes is the first thing to know. */
public final class PhaseTimes {

    /** Nanoseconds per phase, in the order phases first ended; a phase lapped again adds up. */
    private final Map<String, Long> laps = new LinkedHashMap<>();
    private long last = System.nanoTime();

    public void lap(String phase) {
        long now = System.nanoTime();
        laps.merge(phase, now - last, Long::sum);
        last = now;
    }

    @Override
    public String toString() {
        StringJoiner joined = new StringJoiner(", ");
        laps.forEach((phase, nanos) -> joined.add(String.format(Locale.ROOT, "%s %.1f s", phase, nanos / 1e9)));
        return joined.toString();
    }
}
