package org.jobmatch.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Synonym step: after each dictionary phrase, stacks its concept keys at the same position and
 * offsets (type {@link TokenTypes#CONCEPT}). A phrase that is itself a concept key is retyped
 * CONCEPT instead of being repeated. Phrases are single tokens already, so no graph is needed.
 */
final class ConceptFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final SynonymDictionary dictionary;
  private List<String> pending = List.of();
  private int pendingIndex;

  ConceptFilter(TokenStream input, SynonymDictionary dictionary) {
    super(input);
    this.dictionary = dictionary;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingIndex < pending.size()) {
      termAtt.setEmpty().append(pending.get(pendingIndex++));
      posIncAtt.setPositionIncrement(0);
      typeAtt.setType(TokenTypes.CONCEPT);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (TokenTypes.PHRASE.equals(typeAtt.type())) {
      int id = dictionary.trie().phraseId(termAtt.buffer(), 0, termAtt.length());
      SynonymDictionary.PhraseEntry entry = dictionary.entry(id);
      if (entry.isConcept()) {
        typeAtt.setType(TokenTypes.CONCEPT);
      }
      pending = entry.otherConcepts();
      pendingIndex = 0;
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = List.of();
    pendingIndex = 0;
  }
}
