package org.jobmatch.analysis;

/** A line of a dictionary or taxonomy file, for error messages: what kind of file, which file, which line. */
record LineSite(String kind, String source, int lineNumber) {

  static final String SYNONYMS = "同义词词典";
  static final String TAXONOMY = "职业分类";

  SynonymFormatException error(String reason) {
    return new SynonymFormatException(kind, source, lineNumber, reason);
  }
}
