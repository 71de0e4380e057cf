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
 * Analyses vacancy and person texts with one chain, so index-time and query-time terms agree, and
 * names the occupation families of the concepts found (see {@link #taxonomy()}).
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
    Collected collected = new Collected();
    collect(text, collected);
    return collected.result();
  }

  /** Several texts (e.g. title, description and skills) merged: terms concatenated, concepts and families united. */
  public AnalyzedText analyze(Collection<String> texts) {
    Collected collected = new Collected();
    for (String text : texts) {
      if (text != null && !text.isBlank()) {
        collect(text, collected);
      }
    }
    return collected.terms.isEmpty() ? AnalyzedText.empty() : collected.result();
  }

  public SynonymDictionary dictionary() {
    return dictionary;
  }

  /** The families of related occupations, loaded with the dictionaries. */
  public OccupationTaxonomy taxonomy() {
    return dictionary.taxonomy();
  }

  /** The underlying Lucene chain, for tests of tokens, offsets and positions. */
  Analyzer luceneAnalyzer() {
    return analyzer;
  }

  /** What one analysis gathers. */
  private static final class Collected {
    private final List<String> terms = new ArrayList<>();
    private final Set<String> concepts = new LinkedHashSet<>();
    private final Set<String> families = new LinkedHashSet<>();

    private AnalyzedText result() {
      return new AnalyzedText(terms, concepts, families);
    }
  }

  private void collect(String text, Collected collected) {
    for (String part : ParentheticalNotes.split(text)) {
      if (LicenceDenials.in(part)) {
        LicenceDenials.clauses(part).forEach(clause -> collectPart(clause, collected, LicenceDenials.in(clause)));
      } else {
        collectPart(part, collected, false);
      }
    }
  }

  /** {@code licenceDenied}: the text says the licence is missing, so no job needing one is read from it. */
  private void collectPart(String text, Collected collected, boolean licenceDenied) {
    try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute termAtt = stream.addAttribute(CharTermAttribute.class);
      TypeAttribute typeAtt = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String term = termAtt.toString();
        boolean concept = TokenTypes.CONCEPT.equals(typeAtt.type());
        if (concept && licenceDenied && dictionary.taxonomy().licensed(term)) {
          continue;
        }
        collected.terms.add(term);
        if (concept && collected.concepts.add(term)) {
          addFamily(term, collected.families);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("分析文本失败", e);
    }
  }

  private void addFamily(String concept, Set<String> families) {
    String family = dictionary.taxonomy().familyKeyOf(concept);
    if (family != null) {
      families.add(family);
    }
  }

  private static final class BundledHolder {
    private static final JobTextAnalyzer INSTANCE = new JobTextAnalyzer(SynonymDictionary.bundled());
  }
}
