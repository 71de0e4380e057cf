package org.jobmatch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Test helpers: tokens with offsets and positions in a compact, assertable form. */
final class TokenStreams {

  /** One token as {@code term[start,end]+posInc}. */
  record Token(String term, int start, int end, int posInc, String type) {
    @Override
    public String toString() {
      return term + "[" + start + "," + end + "]+" + posInc;
    }
  }

  /** Tokens and the final offset reported by end(). */
  record Analysis(List<Token> tokens, int finalOffset) {
    List<String> rendered() {
      return tokens.stream().map(Token::toString).toList();
    }
  }

  private TokenStreams() {}

  static Analysis analyze(Analyzer analyzer, String text) {
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      List<Token> tokens = new ArrayList<>();
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
            posInc.getPositionIncrement(), type.type()));
      }
      stream.end();
      return new Analysis(tokens, offset.endOffset());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> rendered(Analyzer analyzer, String text) {
    return analyze(analyzer, text).rendered();
  }

  /** A dictionary parsed from text, as if it were the file test.txt. */
  static SynonymDictionary dictionary(String text) {
    return dictionary(text, "");
  }

  /** A dictionary and a taxonomy parsed from texts, as if they were the files test.txt and taxonomy.txt. */
  static SynonymDictionary dictionary(String synonyms, String taxonomy) {
    SynonymRules rules = new SynonymRules();
    TaxonomyRules taxonomyRules = new TaxonomyRules();
    try {
      SynonymFileParser.parse("test.txt", new BufferedReader(new StringReader(synonyms)), rules);
      TaxonomyFileParser.parse("taxonomy.txt", new BufferedReader(new StringReader(taxonomy)), taxonomyRules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SynonymDictionary.of(rules, taxonomyRules);
  }
}
