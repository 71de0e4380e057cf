package org.jobmatch.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Immutable, thread-safe set of synonym groups. A group is identified by its concept key; every
 * phrase (normalised: half-width, lower case) maps to one or more concept keys. Loaded together with
 * the {@link OccupationTaxonomy} that places the concept keys into families.
 */
public final class SynonymDictionary {

  private final List<String> sources;
  private final Map<String, Set<String>> phrasesByConcept;
  private final List<PhraseEntry> entries;
  private final PhraseTrie trie;
  private final OccupationTaxonomy taxonomy;

  /** One dictionary phrase: whether it is itself a concept key, and its other concept keys. */
  record PhraseEntry(String phrase, boolean isConcept, List<String> otherConcepts) {}

  /**
   * @throws SynonymFormatException when the taxonomy names a job that is no concept key, or names a
   *     family like one
   */
  private SynonymDictionary(SynonymRules rules, TaxonomyRules taxonomyRules) {
    this.sources = List.copyOf(rules.sources());
    Map<String, Set<String>> conceptsByPhrase = rules.closedConceptsByPhrase();
    this.phrasesByConcept = groups(conceptsByPhrase);
    List<PhraseEntry> list = new ArrayList<>();
    conceptsByPhrase.forEach((phrase, concepts) -> list.add(entry(phrase, concepts)));
    this.entries = List.copyOf(list);
    this.trie = PhraseTrie.build(list.stream().map(PhraseEntry::phrase).toList());
    this.taxonomy = taxonomyRules.build(phrasesByConcept.keySet());
  }

  private static Map<String, Set<String>> groups(Map<String, Set<String>> conceptsByPhrase) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    conceptsByPhrase.forEach((phrase, concepts) -> concepts.forEach(
        concept -> groups.computeIfAbsent(concept, c -> new LinkedHashSet<>()).add(phrase)));
    groups.replaceAll((concept, phrases) -> Collections.unmodifiableSet(phrases));
    return Collections.unmodifiableMap(groups);
  }

  private static PhraseEntry entry(String phrase, Set<String> concepts) {
    List<String> others = concepts.stream().filter(c -> !c.equals(phrase)).toList();
    return new PhraseEntry(phrase, concepts.contains(phrase), others);
  }

  /** The dictionaries and the taxonomy packaged in the jar (cached: parsed once). */
  public static SynonymDictionary bundled() {
    return BundledHolder.INSTANCE;
  }

  /**
   * The bundled dictionaries plus every {@code *.txt} file directly in {@code dir}, so county staff
   * can add groups without a rebuild; {@code taxonomy.txt} in {@code dir}, when present, adds families
   * and family members to the bundled taxonomy.
   *
   * @throws SynonymFormatException for a malformed line (file and line number in the message)
   * @throws IllegalArgumentException when {@code dir} is not a directory
   */
  public static SynonymDictionary loadWithExtras(Path dir) {
    return load(dir);
  }

  /** The bundled files, then those in {@code extras} unless it is null. */
  private static SynonymDictionary load(Path extras) {
    SynonymRules rules = new SynonymRules();
    TaxonomyRules taxonomyRules = new TaxonomyRules();
    DictionaryLoader.addBundled(rules);
    DictionaryLoader.addBundledTaxonomy(taxonomyRules);
    if (extras != null) {
      DictionaryLoader.addDirectory(rules, extras);
      DictionaryLoader.addDirectoryTaxonomy(taxonomyRules, extras);
    }
    return new SynonymDictionary(rules, taxonomyRules);
  }

  static SynonymDictionary of(SynonymRules rules, TaxonomyRules taxonomyRules) {
    return new SynonymDictionary(rules, taxonomyRules);
  }

  /** Number of groups, i.e. of distinct concept keys. */
  public int groupCount() {
    return phrasesByConcept.size();
  }

  /** All concept keys, in dictionary order. */
  public Set<String> concepts() {
    return phrasesByConcept.keySet();
  }

  /** Phrases of the group with this concept key (including the key); empty when unknown. */
  public Set<String> phrasesOf(String concept) {
    return phrasesByConcept.getOrDefault(TextNormalizer.normalize(concept), Set.of());
  }

  /** Concept keys of a whole phrase (e.g. 看大门 gives 门卫 and 保安); empty when not in the dictionary. */
  public Set<String> conceptsOf(String phrase) {
    char[] chars = TextNormalizer.normalize(phrase.strip()).toCharArray();
    int id = trie.phraseId(chars, 0, chars.length);
    if (id < 0) {
      return Set.of();
    }
    PhraseEntry entry = entries.get(id);
    Set<String> concepts = new LinkedHashSet<>();
    if (entry.isConcept()) {
      concepts.add(entry.phrase());
    }
    concepts.addAll(entry.otherConcepts());
    return Collections.unmodifiableSet(concepts);
  }

  /**
   * The concepts not implied by another of them: a 货车司机 title is not a 驾驶员 title, though every 货车司机 is a
   * 驾驶员 ({@code 货车司机 => 驾驶员}), so that a car driver's 驾驶员 does not pass for the truck.
   */
  public Set<String> mostSpecific(Set<String> concepts) {
    Set<String> specific = new LinkedHashSet<>(concepts);
    for (String concept : concepts) {
      for (String implied : conceptsOf(concept)) {
        if (!implied.equals(concept)) {
          specific.remove(implied);
        }
      }
    }
    return specific.size() == concepts.size() ? concepts : Collections.unmodifiableSet(specific);
  }

  /** Names of the synonym files loaded, bundled first (the taxonomy's are {@link OccupationTaxonomy#sources()}). */
  public List<String> sources() {
    return sources;
  }

  /** The families of related occupations over this dictionary's concept keys. */
  public OccupationTaxonomy taxonomy() {
    return taxonomy;
  }

  PhraseTrie trie() {
    return trie;
  }

  PhraseEntry entry(int phraseId) {
    return entries.get(phraseId);
  }

  private static final class BundledHolder {
    private static final SynonymDictionary INSTANCE = load(null);
  }
}
