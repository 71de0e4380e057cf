package org.jobmatch.importing;

import com.fasterxml.jackson.databind.JsonNode;

/** Takes the records of one import, each a contract JSON object, in the order of the file. */
public interface RecordSink {

    /**
     * Validates and stores the record (in batches: it may be written later).
     *
     * @param number the record's line or row number, as the report names it
     * @return whether a batch was written just now (a moment to report progress)
     */
    boolean accept(long number, JsonNode record);

    /** A record refused before it became JSON (e.g. a spreadsheet cell that cannot be read). */
    void reject(long number, String id, String field, String reason);
}
