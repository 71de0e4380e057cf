package org.jobmatch.analysis;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Concept keys placed into {@link OccupationFamily families} of related occupations, loaded with the
 * synonym dictionaries ({@link SynonymDictionary#taxonomy()}). Lookups accept keys as the dictionaries
 * write them or as users do (full-width, upper case). Immutable and thread-safe.
 */
public final class OccupationTaxonomy {

  private static final OccupationTaxonomy EMPTY = new OccupationTaxonomy(List.of(), Set.of(), List.of());

  private final List<OccupationFamily> families;
  private final Map<String, OccupationFamily> familiesByKey = new HashMap<>();
  private final Map<String, OccupationFamily> familiesByConcept = new HashMap<>();
  /** By family key: the keys of the families of its middle group, its own included; none for a major group only. */
  private final Map<String, Set<String>> middleGroupOf = new HashMap<>();
  private final Set<String> licensed;
  private final List<String> sources;

  OccupationTaxonomy(List<OccupationFamily> families, Set<String> licensed, List<String> sources) {
    this.families = List.copyOf(families);
    this.licensed = Set.copyOf(licensed);
    this.sources = List.copyOf(sources);
    for (OccupationFamily family : this.families) {
      familiesByKey.put(family.key(), family);
      family.members().forEach(member -> familiesByConcept.put(member, family));
    }
    Map<List<String>, Set<String>> byMiddleGroup = new HashMap<>();
    for (OccupationFamily family : this.families) {
      family.middleGroup().ifPresent(group -> {
        Set<String> keys = byMiddleGroup.computeIfAbsent(group, g -> new LinkedHashSet<>());
        keys.add(family.key());
        middleGroupOf.put(family.key(), keys);
      });
    }
  }

  /** No families: every concept stands alone. */
  public static OccupationTaxonomy empty() {
    return EMPTY;
  }

  /** All families, in file order (bundled file first). */
  public List<OccupationFamily> families() {
    return families;
  }

  /** The family with this key; empty when unknown. */
  public Optional<OccupationFamily> family(String key) {
    return Optional.ofNullable(lookup(familiesByKey, key));
  }

  /** The family a concept key belongs to; empty for an unknown concept or one without a family. */
  public Optional<OccupationFamily> familyOf(String concept) {
    return Optional.ofNullable(lookup(familiesByConcept, concept));
  }

  /** Concept keys of the family with this key; empty when unknown. */
  public Set<String> membersOf(String familyKey) {
    OccupationFamily family = lookup(familiesByKey, familyKey);
    return family == null ? Set.of() : family.members();
  }

  /** True when both are the same concept or members of the same family. */
  public boolean related(String concept, String other) {
    if (concept.equals(other)) {
      return true;
    }
    OccupationFamily family = lookup(familiesByConcept, concept);
    return family != null && family == lookup(familiesByConcept, other);
  }

  /**
   * The families, other than these, in the same middle group of the classification (大典的中类) as one of these: the
   * neighbouring trades (道路运输 and 仓储装卸, 家政育婴 and 养老护理). A family placed only in a major group has none.
   */
  public Set<String> neighboursOf(Collection<String> familyKeys) {
    Set<String> neighbours = new LinkedHashSet<>();
    for (String key : familyKeys) {
      OccupationFamily family = lookup(familiesByKey, key);
      if (family != null) {
        neighbours.addAll(middleGroupOf.getOrDefault(family.key(), Set.of()));
      }
    }
    familyKeys.forEach(neighbours::remove);
    return Collections.unmodifiableSet(neighbours);
  }

  /** Family keys of these concepts, in order of first appearance; concepts without a family are skipped. */
  public Set<String> familiesOf(Collection<String> concepts) {
    Set<String> keys = new LinkedHashSet<>();
    for (String concept : concepts) {
      OccupationFamily family = lookup(familiesByConcept, concept);
      if (family != null) {
        keys.add(family.key());
      }
    }
    return Collections.unmodifiableSet(keys);
  }

  /**
   * A job with these title concepts needs a licence of its own (持证上岗: a bus, a forklift, a crane; electricians,
   * welders): every one of them does, so that only those who have that trade themselves can take it.
   */
  public boolean needsLicence(Collection<String> titleConcepts) {
    return !titleConcepts.isEmpty() && titleConcepts.stream().allMatch(this::licensed);
  }

  /** The job needs a licence or certificate of its own (the taxonomy's 持证上岗 line). */
  public boolean licensed(String concept) {
    return licensed.contains(concept) || licensed.contains(TextNormalizer.normalize(concept.strip()));
  }

  /** Names of the taxonomy files loaded, bundled first. */
  public List<String> sources() {
    return sources;
  }

  /** Key of the family of a concept as the analysis writes it (normalised), or null. */
  String familyKeyOf(String normalisedConcept) {
    OccupationFamily family = familiesByConcept.get(normalisedConcept);
    return family == null ? null : family.key();
  }

  private static OccupationFamily lookup(Map<String, OccupationFamily> map, String key) {
    OccupationFamily found = map.get(key);
    return found != null ? found : map.get(TextNormalizer.normalize(key.strip()));
  }

  @Override
  public String toString() {
    Map<String, Set<String>> shown = new LinkedHashMap<>();
    families.forEach(family -> shown.put(family.key(), family.members()));
    return "OccupationTaxonomy" + shown;
  }
}
