package org.jobmatch.analysis;

/**
 * A line of a synonym dictionary or of an occupation taxonomy file that does not follow the format or
 * names an unknown job; names the file and the line.
 */
public final class SynonymFormatException extends IllegalArgumentException {

  private final String source;
  private final int lineNumber;

  /** {@code kind}: what the file is, 同义词词典 or 职业分类. */
  SynonymFormatException(String kind, String source, int lineNumber, String reason) {
    super(kind + " " + source + " 第 " + lineNumber + " 行格式错误: " + reason);
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
