package org.jobmatch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses Solr-format synonym lines: {@code a, b, c} (equivalents, concept key = first entry) or
 * {@code a, b => c} (explicit mapping, concept keys = right-hand entries). {@code #} starts a comment.
 * Full-width punctuation is accepted (，＝＞) and so is the enumeration comma 、.
 */
final class SynonymFileParser {

  private static final String ARROW = "=>";
  private static final Pattern SEPARATOR = Pattern.compile("[,、]");
  private static final char BOM = '\uFEFF';

  private SynonymFileParser() {}

  static void parse(String source, BufferedReader reader, SynonymRules rules) throws IOException {
    rules.addSource(source);
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      parseLine(source, lineNumber, line, rules);
    }
  }

  private static void parseLine(String source, int lineNumber, String raw, SynonymRules rules) {
    String line = TextNormalizer.normalize(stripComment(raw)).strip();
    if (line.isEmpty()) {
      return;
    }
    String[] sides = line.split(ARROW, -1);
    if (sides.length > 2) {
      throw new SynonymFormatException(source, lineNumber, "一行只能有一个 =>");
    }
    List<String> inputs = entries(source, lineNumber, sides[0]);
    if (sides.length == 1) {
      rules.add(inputs, List.of(inputs.get(0)));
    } else {
      rules.add(inputs, entries(source, lineNumber, sides[1]));
    }
  }

  private static String stripComment(String raw) {
    int hash = raw.indexOf('#');
    String line = hash >= 0 ? raw.substring(0, hash) : raw;
    return !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
  }

  private static List<String> entries(String source, int lineNumber, String side) {
    if (side.isBlank()) {
      throw new SynonymFormatException(source, lineNumber, "=> 两边都要有词");
    }
    List<String> entries = new ArrayList<>();
    for (String part : SEPARATOR.split(side, -1)) {
      String entry = part.strip();
      if (entry.isEmpty()) {
        throw new SynonymFormatException(source, lineNumber, "有空词条 (多了一个逗号?)");
      }
      if (!TextNormalizer.isSingleWord(entry)) {
        throw new SynonymFormatException(
            source, lineNumber, "词条 \"" + entry + "\" 只能包含汉字、字母和数字, 不能有空格或标点");
      }
      entries.add(entry);
    }
    return entries;
  }
}
