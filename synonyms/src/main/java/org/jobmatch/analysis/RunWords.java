package org.jobmatch.analysis;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.util.ArrayUtil;

/**
 * SmartChinese's words of the run being segmented, and the judgements made from them: where words
 * start and end, and whether a dictionary phrase may end at a position. Not thread-safe: one per segmenter.
 */
final class RunWords {

  /** How much text after a cut is re-segmented to judge the cut. */
  private static final int REMAINDER_WINDOW = 6;

  private final HHMMSegmenter segmenter = new HHMMSegmenter();
  private final PhraseTrie trie;
  private final int[] matchEndsOfRemainder;
  private boolean[] boundary = new boolean[64];
  private List<SegToken> words = List.of();
  private int runStart;
  private int runEnd;

  RunWords(PhraseTrie trie) {
    this.trie = trie;
    this.matchEndsOfRemainder = new int[Math.max(1, trie.maxPhraseLength())];
  }

  /** Segments text[start, end) (which is {@code run}) and marks where its words start and end. */
  void load(String run, int start, int end) {
    runStart = start;
    runEnd = end;
    words = segmenter.process(run);
    int length = end - start;
    if (boundary.length <= length) {
      boundary = new boolean[ArrayUtil.oversize(length + 1, 1)];
    }
    Arrays.fill(boundary, 0, length + 1, false);
    for (SegToken word : words) {
      if (isRealWord(word)) {
        boundary[word.startOffset] = true;
        boundary[word.endOffset] = true;
      }
    }
  }

  /** The words, offsets relative to the run's start; includes SmartChinese's sentence markers. */
  List<SegToken> words() {
    return words;
  }

  /** A SmartChinese word starts or ends at {@code pos} (an offset into the text). */
  boolean isBoundary(int pos) {
    return boundary[pos - runStart];
  }

  /** A phrase may start at {@code pos}: not inside a Latin word (c1 must not match in abc1). */
  boolean mayStartPhraseAt(char[] text, int pos) {
    return pos == runStart || !continuesAsciiWord(text, pos - 1, pos);
  }

  /** The first part of a gapped phrase must also start a SmartChinese word (not 离|开 in 离开了十年车). */
  boolean mayStartGappedPhraseAt(char[] text, int pos) {
    return isBoundary(pos) && mayStartPhraseAt(text, pos);
  }

  /**
   * A phrase may end at {@code end}: not inside a Latin word, and at the run's end, at a word boundary,
   * or inside a word when the rest starts with a phrase or a real word (keeps 家纺|车间, rejects 确|保安|全
   * and 维|护工|作).
   */
  boolean mayEndPhraseAt(char[] text, int end) {
    if (end == runEnd) {
      return true;
    }
    return !continuesAsciiWord(text, end - 1, end) && (isBoundary(end) || remainderStartsWithWord(text, end));
  }

  private static boolean continuesAsciiWord(char[] text, int before, int after) {
    return TextNormalizer.isAsciiAlphanumeric(text[before]) && TextNormalizer.isAsciiAlphanumeric(text[after]);
  }

  /** The text after a cut starts with a dictionary phrase or a SmartChinese word of 2+ characters. */
  private boolean remainderStartsWithWord(char[] text, int from) {
    if (trie.matchesAt(text, from, runEnd, matchEndsOfRemainder) > 0) {
      return true;
    }
    int length = Math.min(REMAINDER_WINDOW, runEnd - from);
    for (SegToken word : segmenter.process(new String(text, from, length))) {
      if (isRealWord(word)) {
        return Character.codePointCount(text, from + word.startOffset, word.endOffset - word.startOffset) > 1;
      }
    }
    return false;
  }

  static boolean isRealWord(SegToken word) {
    return word.wordType != WordType.SENTENCE_BEGIN
        && word.wordType != WordType.SENTENCE_END
        && word.wordType != WordType.DELIMITER
        && word.startOffset < word.endOffset;
  }
}
