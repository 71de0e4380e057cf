package org.jobmatch.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Result of analysing a text.
 *
 * @param terms tokens in text order, duplicates kept: dictionary phrases, their concept keys,
 *     segmenter words, single Han characters and their bigrams; for a whitespace-analysed field
 * @param concepts concept keys of the synonym groups found, in order of first appearance
 * @param families keys of the {@link OccupationFamily families} of those concepts, in order of first
 *     appearance; concepts without a family add none
 */
public record AnalyzedText(List<String> terms, Set<String> concepts, Set<String> families) {

  private static final AnalyzedText EMPTY = new AnalyzedText(List.of(), Set.of(), Set.of());

  public AnalyzedText {
    terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
    concepts = OrderedStrings.copyOf(Objects.requireNonNull(concepts, "concepts"));
    families = OrderedStrings.copyOf(Objects.requireNonNull(families, "families"));
  }

  /**
   * Terms and concepts without families, e.g. rebuilt from a stored document; use
   * {@link OccupationTaxonomy#familiesOf} to add them.
   */
  public AnalyzedText(List<String> terms, Set<String> concepts) {
    this(terms, concepts, Set.of());
  }

  public static AnalyzedText empty() {
    return EMPTY;
  }

  /** Terms joined by single spaces, for a field analysed with the whitespace analyzer. */
  public String termsAsText() {
    return String.join(" ", terms);
  }

  public boolean isEmpty() {
    return terms.isEmpty() && concepts.isEmpty() && families.isEmpty();
  }
}
