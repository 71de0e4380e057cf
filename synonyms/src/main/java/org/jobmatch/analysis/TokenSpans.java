package org.jobmatch.analysis;

import java.util.Arrays;
import org.apache.lucene.util.ArrayUtil;

/**
 * Growable, reusable list of token spans over the normalised input: (start, end, isPhrase) and, for a
 * phrase split by inserted words (开了十年车), the gap [gapStart, gapEnd) that is not part of its term.
 * A span without a gap has gapStart == gapEnd == end.
 */
final class TokenSpans {

  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int[] gapStarts = new int[32];
  private int[] gapEnds = new int[32];
  private boolean[] phrases = new boolean[32];
  private int size;

  void clear() {
    size = 0;
  }

  void add(int start, int end, boolean phrase) {
    add(start, end, phrase, end, end);
  }

  void add(int start, int end, boolean phrase, int gapStart, int gapEnd) {
    if (size == starts.length) {
      starts = ArrayUtil.grow(starts, size + 1);
      ends = ArrayUtil.growExact(ends, starts.length);
      gapStarts = ArrayUtil.growExact(gapStarts, starts.length);
      gapEnds = ArrayUtil.growExact(gapEnds, starts.length);
      phrases = Arrays.copyOf(phrases, starts.length);
    }
    starts[size] = start;
    ends[size] = end;
    gapStarts[size] = gapStart;
    gapEnds[size] = gapEnd;
    phrases[size] = phrase;
    size++;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  int gapStart(int i) {
    return gapStarts[i];
  }

  int gapEnd(int i) {
    return gapEnds[i];
  }

  boolean isPhrase(int i) {
    return phrases[i];
  }
}
