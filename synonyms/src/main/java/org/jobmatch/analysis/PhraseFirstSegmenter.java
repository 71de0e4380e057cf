package org.jobmatch.analysis;

import java.util.List;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;

/**
 * Splits one run of letters/digits into dictionary phrases and SmartChinese words.
 *
 * <p>SmartChinese has no user dictionary and splits words it does not know into single characters
 * (护工 becomes 护 工), so dictionary phrases are found first by a longest-match scan and the words
 * are only used for the gaps between them. A phrase match whose end cuts through a SmartChinese word
 * is accepted only when the rest of the text starts with a phrase or a real word (see
 * {@link RunWords#mayEndPhraseAt}). A phrase split by an insertion (开了十年车) is found too, by
 * {@link GappedPhrases}; where both start, the one reaching further wins, the contiguous one on a tie.
 * Short runs seen before are answered from the analyzer's {@link SegmentationMemo}. Not thread-safe:
 * one per tokenizer.
 */
final class PhraseFirstSegmenter {

  private final PhraseTrie trie;
  private final SegmentationMemo memo;
  private final RunWords runWords;
  private final GappedPhrases gappedPhrases;
  private final int[] matchEnds;

  PhraseFirstSegmenter(PhraseTrie trie, SegmentationMemo memo) {
    this.trie = trie;
    this.memo = memo;
    this.runWords = new RunWords(trie);
    this.gappedPhrases = new GappedPhrases(trie);
    this.matchEnds = new int[Math.max(1, trie.maxPhraseLength())];
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
    runWords.load(run, start, end);
    List<SegToken> words = runWords.words();
    int wordCursor = 0;
    int wordsFrom = start;
    int pos = start;
    while (pos < end) {
      int phraseEnd = contiguousPhraseEnd(text, pos, end);
      int gappedEnd = gappedPhrases.longestAt(text, pos, end, runWords);
      if (phraseEnd < 0 && gappedEnd < 0) {
        pos++;
        continue;
      }
      wordCursor = addWords(words, wordCursor, start, wordsFrom, pos, out);
      if (gappedEnd > phraseEnd) {
        out.add(pos, gappedEnd, true, gappedPhrases.gapStart(), gappedPhrases.gapEnd());
        pos = gappedEnd;
      } else {
        out.add(pos, phraseEnd, true);
        pos = phraseEnd;
      }
      wordsFrom = pos;
    }
    addWords(words, wordCursor, start, wordsFrom, end, out);
  }

  /** End of the longest acceptable phrase starting at pos, or -1. */
  private int contiguousPhraseEnd(char[] text, int pos, int runEnd) {
    if (!runWords.mayStartPhraseAt(text, pos)) {
      return -1;
    }
    int count = trie.matchesAt(text, pos, runEnd, matchEnds);
    for (int i = count - 1; i >= 0; i--) {
      if (runWords.mayEndPhraseAt(text, matchEnds[i])) {
        return matchEnds[i];
      }
    }
    return -1;
  }

  /** Adds the words overlapping [gapStart, gapEnd), clipped to it; returns the new cursor. */
  private static int addWords(
      List<SegToken> words, int cursor, int runStart, int gapStart, int gapEnd, TokenSpans out) {
    int i = cursor;
    for (; i < words.size(); i++) {
      SegToken word = words.get(i);
      if (!RunWords.isRealWord(word)) {
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
}
