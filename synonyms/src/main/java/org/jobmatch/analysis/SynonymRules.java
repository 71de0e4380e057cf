package org.jobmatch.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mutable accumulator of parsed lines; groups with the same concept key merge. */
final class SynonymRules {

  private final Map<String, Set<String>> conceptsByPhrase = new LinkedHashMap<>();
  private final List<String> sources = new ArrayList<>();

  void addSource(String source) {
    sources.add(source);
  }

  /** Every input phrase, and each concept key itself, maps to every concept key. */
  void add(List<String> inputs, List<String> concepts) {
    for (String concept : concepts) {
      link(concept, concept);
      for (String input : inputs) {
        link(input, concept);
      }
    }
  }

  private void link(String phrase, String concept) {
    conceptsByPhrase.computeIfAbsent(phrase, p -> new LinkedHashSet<>()).add(concept);
  }

  /**
   * Phrase to concept keys, closed over implications between keys: with 开大车 => 货车司机 and
   * 货车司机 => 驾驶员, 开大车 maps to both.
   */
  Map<String, Set<String>> closedConceptsByPhrase() {
    Map<String, Set<String>> closed = new LinkedHashMap<>();
    conceptsByPhrase.forEach((phrase, direct) -> closed.put(phrase, closure(direct)));
    return closed;
  }

  private Set<String> closure(Set<String> direct) {
    Set<String> result = new LinkedHashSet<>(direct);
    Deque<String> todo = new ArrayDeque<>(direct);
    while (!todo.isEmpty()) {
      for (String implied : conceptsByPhrase.getOrDefault(todo.pop(), Set.of())) {
        if (result.add(implied)) {
          todo.push(implied);
        }
      }
    }
    return result;
  }

  List<String> sources() {
    return sources;
  }
}
