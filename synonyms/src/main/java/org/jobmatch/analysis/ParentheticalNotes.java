package org.jobmatch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note in brackets inside a phrase, as in 装载机（铲车）司机: the phrase is read without it (装载机司机) and the note
 * on its own (铲车), so that neither half of the phrase is read as a word of its own (司机, a driver).
 */
final class ParentheticalNotes {

  private static final Pattern NOTE = Pattern.compile("[（(]([^（()）]*)[）)]");

  private ParentheticalNotes() {}

  /** The text without its notes, then each note; the text alone when it has none. */
  static List<String> split(String text) {
    Matcher m = NOTE.matcher(text);
    if (!m.find()) {
      return List.of(text);
    }
    List<String> parts = new ArrayList<>();
    StringBuilder main = new StringBuilder();
    do {
      m.appendReplacement(main, "");
      parts.add(m.group(1));
    } while (m.find());
    m.appendTail(main);
    parts.add(0, main.toString());
    return parts;
  }
}
