package org.jobmatch.analysis;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.util.ArrayUtil;

/**
 * Splits one run of letters/digits into dictionary phrases and SmartChinese words.
 *
 * <p>SmartChinese has no user dictionary and splits words it does not know into single characters
 * (护工 becomes 护 工), so dictionary phrases are found first by a longest-match scan and the words
 * are only used for the gaps between them. A phrase match whose end cuts through a SmartChinese word
 * is accepted only when the rest of the text starts with a phrase or a real word: that keeps
 * 带货|主播 and 家纺|车间 but rejects 确|保安|全 and 维|护工|作. Short runs seen before are answered from
 * the analyzer's {@link SegmentationMemo}. Not thread-safe: one per tokenizer.
 */
final class PhraseFirstSegmenter {

  /** How much text after a cut is re-segmented to judge the cut. */
  private static final int REMAINDER_WINDOW = 6;

  private final HHMMSegmenter segmenter = new HHMMSegmenter();
  private final PhraseTrie trie;
  private final SegmentationMemo memo;
  private final int[] matchEnds;
  private final int[] matchEndsOfRemainder;
  private boolean[] wordBoundary = new boolean[64];

  PhraseFirstSegmenter(PhraseTrie trie, SegmentationMemo memo) {
    this.trie = trie;
    this.memo = memo;
    this.matchEnds = new int[Math.max(1, trie.maxPhraseLength())];
    this.matchEndsOfRemainder = new int[matchEnds.length];
  }

  /** Appends the tokens of text[start, end) to {@code out}, in text order. */
  void segment(char[] text, int start, int end, TokenSpans out) {
    String run = new String(text, start, end - start);
    int[] remembered = memo.get(run);
    if (remembered != null) {
      SegmentationMemo.replay(remembered, start, out);
      return;
    }
    int from = out.size();
    segmentAfresh(run, text, start, end, out);
    memo.put(run, out, from, start);
  }

  private void segmentAfresh(String run, char[] text, int start, int end, TokenSpans out) {
    List<SegToken> words = segmenter.process(run);
    markBoundaries(words, end - start);
    int wordCursor = 0;
    int gapStart = start;
    int pos = start;
    while (pos < end) {
      int phraseEnd = acceptedPhraseEnd(text, pos, start, end);
      if (phraseEnd < 0) {
        pos++;
        continue;
      }
      wordCursor = addWords(words, wordCursor, start, gapStart, pos, out);
      out.add(pos, phraseEnd, true);
      pos = phraseEnd;
      gapStart = phraseEnd;
    }
    addWords(words, wordCursor, start, gapStart, end, out);
  }

  private void markBoundaries(List<SegToken> words, int length) {
    if (wordBoundary.length <= length) {
      wordBoundary = new boolean[ArrayUtil.oversize(length + 1, 1)];
    }
    Arrays.fill(wordBoundary, 0, length + 1, false);
    for (SegToken word : words) {
      if (isRealWord(word)) {
        wordBoundary[word.startOffset] = true;
        wordBoundary[word.endOffset] = true;
      }
    }
  }

  /** End of the longest acceptable phrase starting at pos, or -1. */
  private int acceptedPhraseEnd(char[] text, int pos, int runStart, int runEnd) {
    if (pos > runStart && continuesAsciiWord(text, pos - 1, pos)) {
      return -1;
    }
    int count = trie.matchesAt(text, pos, runEnd, matchEnds);
    for (int i = count - 1; i >= 0; i--) {
      int phraseEnd = matchEnds[i];
      if (phraseEnd < runEnd && continuesAsciiWord(text, phraseEnd - 1, phraseEnd)) {
        continue;
      }
      if (phraseEnd == runEnd
          || wordBoundary[phraseEnd - runStart]
          || remainderStartsWithWord(text, phraseEnd, runEnd)) {
        return phraseEnd;
      }
    }
    return -1;
  }

  /** A Latin phrase such as c1 must not match inside abc123. */
  private static boolean continuesAsciiWord(char[] text, int before, int after) {
    return TextNormalizer.isAsciiAlphanumeric(text[before]) && TextNormalizer.isAsciiAlphanumeric(text[after]);
  }

  /** The text after a cut starts with a dictionary phrase or a SmartChinese word of 2+ characters. */
  private boolean remainderStartsWithWord(char[] text, int from, int runEnd) {
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

  /** Adds the words overlapping [gapStart, gapEnd), clipped to it; returns the new cursor. */
  private static int addWords(
      List<SegToken> words, int cursor, int runStart, int gapStart, int gapEnd, TokenSpans out) {
    int i = cursor;
    for (; i < words.size(); i++) {
      SegToken word = words.get(i);
      if (!isRealWord(word)) {
        continue;
      }
      int wordStart = runStart + word.startOffset;
      int wordEnd = runStart + word.endOffset;
      if (wordStart >= gapEnd) {
        break;
      }
      int clippedStart = Math.max(wordStart, gapStart);
      int clippedEnd = Math.min(wordEnd, gapEnd);
      if (clippedStart < clippedEnd) {
        out.add(clippedStart, clippedEnd, false);
      }
      if (wordEnd > gapEnd) {
        break;
      }
    }
    return i;
  }

  private static boolean isRealWord(SegToken word) {
    return word.wordType != WordType.SENTENCE_BEGIN
        && word.wordType != WordType.SENTENCE_END
        && word.wordType != WordType.DELIMITER
        && word.startOffset < word.endOffset;
  }
}
