package org.jobmatch.analysis;

import java.util.Arrays;
import org.apache.lucene.util.ArrayUtil;

/** Growable, reusable list of (start, end, isPhrase) token spans over the normalised input. */
final class TokenSpans {

  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private boolean[] phrases = new boolean[32];
  private int size;

  void clear() {
    size = 0;
  }

  void add(int start, int end, boolean phrase) {
    if (size == starts.length) {
      starts = ArrayUtil.grow(starts, size + 1);
      ends = ArrayUtil.growExact(ends, starts.length);
      phrases = Arrays.copyOf(phrases, starts.length);
    }
    starts[size] = start;
    ends[size] = end;
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

  boolean isPhrase(int i) {
    return phrases[i];
  }
}
