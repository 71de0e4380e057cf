package org.jobmatch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Reads the whole input, normalises it (full-width to half-width, lower case), splits it into runs
 * of letters/digits at whitespace and punctuation (which are dropped) and segments each run with
 * {@link PhraseFirstSegmenter}. Types: {@link TokenTypes#PHRASE}, {@link TokenTypes#HAN} for a single
 * Han character, else {@link TokenTypes#WORD}. A phrase split by inserted words (开了十年车) is one token
 * whose offsets span the whole text and whose term leaves the inserted words out (开车).
 */
final class JobTextTokenizer extends Tokenizer {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PhraseFirstSegmenter segmenter;
  private final TokenSpans spans = new TokenSpans();
  private char[] buffer = new char[256];
  private int length;
  private int cursor;

  JobTextTokenizer(PhraseTrie trie, SegmentationMemo memo) {
    this.segmenter = new PhraseFirstSegmenter(trie, memo);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    readAll();
    TextNormalizer.normalize(buffer, length);
    spans.clear();
    cursor = 0;
    segmentRuns();
  }

  private void readAll() throws IOException {
    length = 0;
    int read;
    while ((read = input.read(buffer, length, buffer.length - length)) != -1) {
      length += read;
      if (length == buffer.length) {
        buffer = ArrayUtil.grow(buffer, length + 1);
      }
    }
  }

  private void segmentRuns() {
    int runStart = -1;
    for (int i = 0; i < length; ) {
      int codePoint = Character.codePointAt(buffer, i, length);
      boolean token = TextNormalizer.isTokenCodePoint(codePoint);
      if (token && runStart < 0) {
        runStart = i;
      } else if (!token && runStart >= 0) {
        segmenter.segment(buffer, runStart, i, spans);
        runStart = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (runStart >= 0) {
      segmenter.segment(buffer, runStart, length, spans);
    }
  }

  @Override
  public boolean incrementToken() {
    if (cursor >= spans.size()) {
      return false;
    }
    clearAttributes();
    int start = spans.start(cursor);
    int end = spans.end(cursor);
    copyTerm(start, spans.gapStart(cursor), spans.gapEnd(cursor), end);
    offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    typeAtt.setType(typeOf(cursor, start, end));
    cursor++;
    return true;
  }

  /** The text of [start, end) without the gap [gapStart, gapEnd), which is empty for most spans. */
  private void copyTerm(int start, int gapStart, int gapEnd, int end) {
    int head = gapStart - start;
    int tail = end - gapEnd;
    char[] term = termAtt.resizeBuffer(head + tail);
    System.arraycopy(buffer, start, term, 0, head);
    System.arraycopy(buffer, gapEnd, term, head, tail);
    termAtt.setLength(head + tail);
  }

  private String typeOf(int span, int start, int end) {
    if (spans.isPhrase(span)) {
      return TokenTypes.PHRASE;
    }
    int codePoint = Character.codePointAt(buffer, start, end);
    boolean singleHan = Character.charCount(codePoint) == end - start
        && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    return singleHan ? TokenTypes.HAN : TokenTypes.WORD;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(length);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }
}
