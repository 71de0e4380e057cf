package org.jobmatch.matching;

import java.util.Locale;
import java.util.StringJoiner;

/** How long each phase of a run took, for the log: where the time goes is the first thing to know. */
public final class PhaseTimes {

    private final StringJoiner laps = new StringJoiner(", ");
    private long last = System.nanoTime();

    public void lap(String phase) {
        long now = System.nanoTime();
        laps.add(String.format(Locale.ROOT, "%s %.1f s", phase, (now - last) / 1e9));
        last = now;
    }

    @Override
    public String toString() {
        return laps.toString();
    }
}
