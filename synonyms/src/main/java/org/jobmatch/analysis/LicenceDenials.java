package org.jobmatch.analysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A clause saying the licence is missing, as in 会开叉车但没证 or 开过货车，没有B2驾照: the jobs that need their own licence
 * (the taxonomy's 持证上岗) named in that clause are not read as the person's, since they cannot take them.
 */
final class LicenceDenials {

  private static final Pattern DENIAL = Pattern.compile(
      "(没有?|无|未)(考|拿|取得|办)?(到|过)?[A-Za-z0-9]{0,3}(证|驾照|驾驶证|执照)|证(还)?(没|未)(考|拿|办)");
  private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;！!？?\\n]");

  private LicenceDenials() {}

  static boolean in(String text) {
    return DENIAL.matcher(text).find();
  }

  /** The text's clauses, each with its punctuation dropped. */
  static List<String> clauses(String text) {
    return CLAUSE_END.splitAsStream(text).filter(clause -> !clause.isBlank()).toList();
  }
}
