package org.jobmatch.importing;

/** Told after every batch how far an import got; the command line draws a progress bar with it. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (lines, bytes) -> { };

    void advanced(long linesRead, long bytesRead);
}
