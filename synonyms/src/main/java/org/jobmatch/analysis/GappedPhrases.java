package org.jobmatch.analysis;

/**
 * Finds dictionary phrases split in two by an {@link Insertions insertion}: 开了十年车 reads as 开车,
 * 打了三十年鱼 as 打鱼, 开了十年大货车 as 开大货车. Both parts must stand as words of their own: the first
 * starts where a SmartChinese word starts, the second starts at a word boundary right after the
 * insertion (or inside a word begun by the insertion's last measure word: SmartChinese reads 年饭 in
 * 做了十年饭) and ends only where a whole phrase could end (so 离开了十年车站 gives no 开车). Not
 * thread-safe: one per segmenter.
 */
final class GappedPhrases {

  private final PhraseTrie trie;
  private final int[] insertionEnds = new int[Insertions.MAX_LENGTH];
  private final int[] phraseEnds;
  private int bestEnd;
  private int gapStart;
  private int gapEnd;

  GappedPhrases(PhraseTrie trie) {
    this.trie = trie;
    this.phraseEnds = new int[Math.max(1, trie.maxPhraseLength())];
  }

  /**
   * End of the longest gapped phrase starting at {@code pos}, or -1; when found, {@link #gapStart()} and
   * {@link #gapEnd()} tell where its insertion lies. Of equally long ones, the shortest insertion wins.
   */
  int longestAt(char[] text, int pos, int runEnd, RunWords words) {
    bestEnd = -1;
    if (!words.mayStartGappedPhraseAt(text, pos)) {
      return -1;
    }
    int node = PhraseTrie.ROOT;
    for (int verbEnd = pos + 1; verbEnd < runEnd; verbEnd++) {
      node = trie.step(node, text[verbEnd - 1]);
      if (node < 0) {
        break;
      }
      tryInsertionsAfter(text, node, verbEnd, runEnd, words);
    }
    return bestEnd;
  }

  int gapStart() {
    return gapStart;
  }

  int gapEnd() {
    return gapEnd;
  }

  /** Tries each insertion that may follow the first part text[.., verbEnd), whose trie node is {@code node}. */
  private void tryInsertionsAfter(char[] text, int node, int verbEnd, int runEnd, RunWords words) {
    int count = Insertions.ends(text, verbEnd, runEnd, text[verbEnd - 1], insertionEnds);
    for (int k = 0; k < count; k++) {
      int objectStart = insertionEnds[k];
      if (objectStart >= runEnd || !objectMayStartAt(text, objectStart, words)) {
        continue;
      }
      int end = longestObjectEnd(text, node, objectStart, runEnd, words);
      if (end > bestEnd) {
        bestEnd = end;
        gapStart = verbEnd;
        gapEnd = objectStart;
      }
    }
  }

  private static boolean objectMayStartAt(char[] text, int objectStart, RunWords words) {
    return words.isBoundary(objectStart)
        || Insertions.isMeasure(text[objectStart - 1]) && words.isBoundary(objectStart - 1);
  }

  private int longestObjectEnd(char[] text, int node, int objectStart, int runEnd, RunWords words) {
    int count = trie.matchesFrom(node, text, objectStart, runEnd, phraseEnds);
    for (int i = count - 1; i >= 0; i--) {
      if (words.mayEndPhraseAt(text, phraseEnds[i])) {
        return phraseEnds[i];
      }
    }
    return -1;
  }
}
