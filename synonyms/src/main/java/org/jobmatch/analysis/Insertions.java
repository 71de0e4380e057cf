package org.jobmatch.analysis;

/**
 * What people put between the verb and the object of a job phrase without changing the job: an aspect
 * particle (了 过 着), a quantity of time or things (十年, 三十年, 五六年, 两个多月, 10多年, 好几年, 大半辈子,
 * 两百头, 十亩) and a 的, in that order, each optional, but a particle or a number must be there
 * (开了十年的车, 养过几年猪, 打一辈子鱼); or the verb said twice (喂喂鸡, 种种菜). Measure words are only
 * those of time and of animals, fields and trees, so 开了一家车行 is no 开车.
 */
final class Insertions {

  /** Longest insertion looked at, in chars (了二十多个月的 is 7). */
  static final int MAX_LENGTH = 10;

  private static final String PARTICLES = "了过着";
  private static final String NUMERALS = "零〇一二两三四五六七八九十百千万几多半数好0123456789";
  private static final String MEASURES = "年月天日周星期个季度小时钟头辈子阵只亩条次回趟茬棵多来余把半";
  private static final char OF = '的';

  private Insertions() {}

  /**
   * Writes into {@code ends} (room for {@code MAX_LENGTH} values) every offset where an insertion that
   * starts at {@code from} may end, shortest first. {@code verbLast} is the char just before it.
   *
   * @return how many ends were written; 0 when no insertion starts at {@code from}
   */
  static int ends(char[] text, int from, int limit, char verbLast, int[] ends) {
    limit = Math.min(limit, from + MAX_LENGTH);
    if (from >= limit) {
      return 0;
    }
    if (text[from] == verbLast && isHan(verbLast)) {
      ends[0] = from + 1;
      return 1;
    }
    int count = 0;
    int i = from;
    if (is(PARTICLES, text[i])) {
      ends[count++] = ++i;
    }
    int numeral = numeralLength(text, i, limit);
    if (numeral > 0) {
      i += numeral;
      ends[count++] = i;
      while (i < limit && (is(NUMERALS, text[i]) || is(MEASURES, text[i]))) {
        ends[count++] = ++i;
      }
    }
    if (count > 0 && i < limit && text[i] == OF) {
      ends[count++] = i + 1;
    }
    return count;
  }

  static boolean isMeasure(char c) {
    return is(MEASURES, c);
  }

  /** Chars of the number word starting at {@code i}: 1 for a numeral, 2 for 大半, else 0. */
  private static int numeralLength(char[] text, int i, int limit) {
    if (i >= limit) {
      return 0;
    }
    if (is(NUMERALS, text[i])) {
      return 1;
    }
    return text[i] == '大' && i + 1 < limit && text[i + 1] == '半' ? 2 : 0;
  }

  private static boolean is(String chars, char c) {
    return chars.indexOf(c) >= 0;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
