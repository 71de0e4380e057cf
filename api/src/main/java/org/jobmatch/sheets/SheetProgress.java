package org.jobmatch.sheets;

/** Told now and then how many rows of a sheet an import has read. */
@FunctionalInterface
public interface SheetProgress {

    SheetProgress NONE = rows -> { };

    void rows(long read);
}
