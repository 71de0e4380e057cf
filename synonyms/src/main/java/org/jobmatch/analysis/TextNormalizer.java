package org.jobmatch.analysis;

/**
 * Character-level normalisation shared by the dictionary and the tokenizer. Every mapping is one
 * char to one char, so offsets into normalised text are offsets into the original text.
 */
final class TextNormalizer {

  private static final char FULLWIDTH_FIRST = '\uFF01';
  private static final char FULLWIDTH_LAST = '\uFF5E';
  private static final int FULLWIDTH_SHIFT = 0xFEE0;
  private static final char IDEOGRAPHIC_SPACE = '\u3000';

  private TextNormalizer() {}

  /** Full-width ASCII to half-width, ideographic space to space, then lower case. */
  static char normalize(char c) {
    if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
      c = (char) (c - FULLWIDTH_SHIFT);
    } else if (c == IDEOGRAPHIC_SPACE) {
      return ' ';
    }
    return Character.toLowerCase(c);
  }

  static void normalize(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      buffer[i] = normalize(buffer[i]);
    }
  }

  static String normalize(String text) {
    char[] chars = text.toCharArray();
    normalize(chars, chars.length);
    return new String(chars);
  }

  /** Letters and digits (any script, including CJK) make up tokens; everything else separates them. */
  static boolean isTokenCodePoint(int codePoint) {
    return Character.isLetterOrDigit(codePoint);
  }

  static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }

  /** True when the text is non-empty and every code point is a token code point. */
  static boolean isSingleWord(CharSequence text) {
    if (text.isEmpty()) {
      return false;
    }
    return text.codePoints().allMatch(TextNormalizer::isTokenCodePoint);
  }
}
