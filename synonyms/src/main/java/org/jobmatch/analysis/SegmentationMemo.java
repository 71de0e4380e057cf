package org.jobmatch.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Segmentations of short runs already seen, shared by one analyzer's tokenizers. Postings and ledger notes
 * repeat their boilerplate (有经验者优先, 包吃住, 男女不限) and SmartChinese's segmentation is most of the
 * analysis cost; a run's tokens depend on the run alone, so a remembered segmentation is exact. Bounded:
 * cleared when full.
 */
final class SegmentationMemo {

  /** Longer runs rarely recur; they are neither remembered nor looked up. */
  private static final int MAX_RUN_LENGTH = 32;
  private static final int MAX_RUNS = 20_000;

  /** Ints per span: start, end, phrase ? 1 : 0, gap start, gap end; offsets relative to the run's start. */
  private static final int STRIDE = 5;

  /** Per run: its spans, {@link #STRIDE} ints each. */
  private final Map<String, int[]> runs = new ConcurrentHashMap<>();

  /** The remembered spans of {@code run}, or null when it was not seen or is too long to remember. */
  int[] get(String run) {
    return run.length() > MAX_RUN_LENGTH ? null : runs.get(run);
  }

  /** Remembers spans [from, spans.size()) of a run that started at {@code runStart}, unless the run is too long. */
  void put(String run, TokenSpans spans, int from, int runStart) {
    if (run.length() > MAX_RUN_LENGTH) {
      return;
    }
    int[] encoded = new int[(spans.size() - from) * STRIDE];
    for (int i = from, j = 0; i < spans.size(); i++, j += STRIDE) {
      encoded[j] = spans.start(i) - runStart;
      encoded[j + 1] = spans.end(i) - runStart;
      encoded[j + 2] = spans.isPhrase(i) ? 1 : 0;
      encoded[j + 3] = spans.gapStart(i) - runStart;
      encoded[j + 4] = spans.gapEnd(i) - runStart;
    }
    if (runs.size() >= MAX_RUNS) {
      runs.clear();
    }
    runs.put(run, encoded);
  }

  static void replay(int[] encoded, int runStart, TokenSpans out) {
    for (int j = 0; j < encoded.length; j += STRIDE) {
      out.add(runStart + encoded[j], runStart + encoded[j + 1], encoded[j + 2] == 1,
          runStart + encoded[j + 3], runStart + encoded[j + 4]);
    }
  }
}
