package org.jobmatch.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Drops stop words, and bigrams made of two stop characters (会做, 了的), among segmenter words and
 * bigrams; dictionary phrases are never dropped.
 */
final class StopWordFilter extends FilteringTokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final CharArraySet stopWords;

  StopWordFilter(TokenStream input, CharArraySet stopWords) {
    super(input);
    this.stopWords = stopWords;
  }

  @Override
  protected boolean accept() {
    if (TokenTypes.PHRASE.equals(typeAtt.type())) {
      return true;
    }
    char[] term = termAtt.buffer();
    int length = termAtt.length();
    if (stopWords.contains(term, 0, length)) {
      return false;
    }
    return !(TokenTypes.BIGRAM.equals(typeAtt.type()) && isStopBigram(term, length));
  }

  private boolean isStopBigram(char[] term, int length) {
    int first = Character.charCount(Character.codePointAt(term, 0, length));
    return stopWords.contains(term, 0, first) && stopWords.contains(term, first, length - first);
  }
}
