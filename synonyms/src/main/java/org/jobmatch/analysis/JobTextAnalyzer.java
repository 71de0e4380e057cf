package org.jobmatch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Analyses vacancy and person texts with one chain, so index-time and query-time terms agree.
 * Immutable and thread-safe; build once and share.
 */
public final class JobTextAnalyzer {

  private static final String FIELD = "text";

  private final SynonymDictionary dictionary;
  private final Analyzer analyzer;

  private JobTextAnalyzer(SynonymDictionary dictionary) {
    this.dictionary = dictionary;
    this.analyzer = new JobAnalyzer(dictionary);
  }

  /** Analyzer over the bundled dictionaries (shared instance). */
  public static JobTextAnalyzer fromClasspath() {
    return BundledHolder.INSTANCE;
  }

  public static JobTextAnalyzer load(SynonymDictionary dictionary) {
    return new JobTextAnalyzer(Objects.requireNonNull(dictionary, "dictionary"));
  }

  /** Null or blank text gives an empty result. */
  public AnalyzedText analyze(String text) {
    if (text == null || text.isBlank()) {
      return AnalyzedText.empty();
    }
    List<String> terms = new ArrayList<>();
    Set<String> concepts = new LinkedHashSet<>();
    collect(text, terms, concepts);
    return new AnalyzedText(terms, concepts);
  }

  /** Several texts (e.g. title, description and skills) merged: terms concatenated, concepts united. */
  public AnalyzedText analyze(Collection<String> texts) {
    List<String> terms = new ArrayList<>();
    Set<String> concepts = new LinkedHashSet<>();
    for (String text : texts) {
      if (text != null && !text.isBlank()) {
        collect(text, terms, concepts);
      }
    }
    return terms.isEmpty() ? AnalyzedText.empty() : new AnalyzedText(terms, concepts);
  }

  public SynonymDictionary dictionary() {
    return dictionary;
  }

  /** The underlying Lucene chain, for tests of tokens, offsets and positions. */
  Analyzer luceneAnalyzer() {
    return analyzer;
  }

  private void collect(String text, List<String> terms, Set<String> concepts) {
    try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute termAtt = stream.addAttribute(CharTermAttribute.class);
      TypeAttribute typeAtt = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String term = termAtt.toString();
        terms.add(term);
        if (TokenTypes.CONCEPT.equals(typeAtt.type())) {
          concepts.add(term);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("分析文本失败", e);
    }
  }

  private static final class BundledHolder {
    private static final JobTextAnalyzer INSTANCE = new JobTextAnalyzer(SynonymDictionary.bundled());
  }
}
