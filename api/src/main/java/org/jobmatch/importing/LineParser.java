package org.jobmatch.importing;

/** Turns one validated NDJSON object into a row, or throws {@link InvalidField}. */
interface LineParser<T> {

    T parse(JsonFields fields);
}
