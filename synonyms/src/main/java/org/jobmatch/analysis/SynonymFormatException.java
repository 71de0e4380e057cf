package org.jobmatch.analysis;

/** A synonym dictionary line that does not follow the format; names the file and the line. */
public final class SynonymFormatException extends IllegalArgumentException {

  private final String source;
  private final int lineNumber;

  SynonymFormatException(String source, int lineNumber, String reason) {
    super("同义词词典 " + source + " 第 " + lineNumber + " 行格式错误: " + reason);
    this.source = source;
    this.lineNumber = lineNumber;
  }

  /** File name (bundled dictionaries) or path (extra dictionaries). */
  public String source() {
    return source;
  }

  /** 1-based line number. */
  public int lineNumber() {
    return lineNumber;
  }
}
