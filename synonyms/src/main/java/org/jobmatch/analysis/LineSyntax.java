package org.jobmatch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What synonym and taxonomy lines share: comments, normalisation and comma-separated words. */
final class LineSyntax {

  private static final Pattern SEPARATOR = Pattern.compile("[,、]");
  private static final char BOM = '\uFEFF';

  private LineSyntax() {}

  /** The line without its comment and byte order mark, normalised (half-width, lower case) and stripped. */
  static String content(String raw) {
    int hash = raw.indexOf('#');
    String line = hash >= 0 ? raw.substring(0, hash) : raw;
    if (!line.isEmpty() && line.charAt(0) == BOM) {
      line = line.substring(1);
    }
    return TextNormalizer.normalize(line).strip();
  }

  /** The words of a non-blank list separated by commas or 、; each must be a single word. */
  static List<String> words(LineSite site, String list) {
    List<String> words = new ArrayList<>();
    for (String part : SEPARATOR.split(list, -1)) {
      String word = part.strip();
      if (word.isEmpty()) {
        throw site.error("有空词条 (多了一个逗号?)");
      }
      if (!TextNormalizer.isSingleWord(word)) {
        throw site.error("词条 \"" + word + "\" 只能包含汉字、字母和数字, 不能有空格和标点");
      }
      words.add(word);
    }
    return words;
  }
}
