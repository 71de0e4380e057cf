package org.jobmatch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/**
 * Parses Solr-format synonym lines: {@code a, b, c} (equivalents, concept key = first entry) or
 * {@code a, b => c} (explicit mapping, concept keys = right-hand entries). {@code #} starts a comment.
 * Full-width punctuation is accepted (，＝＞) and so is the enumeration comma 、.
 */
final class SynonymFileParser {

  private static final String ARROW = "=>";

  private SynonymFileParser() {}

  static void parse(String source, BufferedReader reader, SynonymRules rules) throws IOException {
    rules.addSource(source);
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      parseLine(new LineSite(LineSite.SYNONYMS, source, lineNumber), line, rules);
    }
  }

  private static void parseLine(LineSite site, String raw, SynonymRules rules) {
    String line = LineSyntax.content(raw);
    if (line.isEmpty()) {
      return;
    }
    String[] sides = line.split(ARROW, -1);
    if (sides.length > 2) {
      throw site.error("一行只能有一个 =>");
    }
    List<String> inputs = entries(site, sides[0]);
    if (sides.length == 1) {
      rules.add(inputs, List.of(inputs.get(0)));
    } else {
      rules.add(inputs, entries(site, sides[1]));
    }
  }

  private static List<String> entries(LineSite site, String side) {
    if (side.isBlank()) {
      throw site.error("=> 两边都要有词");
    }
    return LineSyntax.words(site, side);
  }
}
