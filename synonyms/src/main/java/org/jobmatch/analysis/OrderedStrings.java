package org.jobmatch.analysis;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable set of strings in insertion order, backed by an array: cheaper to build than a copied
 * LinkedHashSet for the few concepts and families of one analysis. Small sets are searched linearly.
 */
final class OrderedStrings extends AbstractSet<String> {

  private static final int HASHED_FROM = 9;

  private final List<String> items;
  private final Set<String> index;

  private OrderedStrings(String[] items) {
    this.items = Arrays.asList(items);
    this.index = items.length >= HASHED_FROM ? new HashSet<>(this.items) : null;
  }

  /** The set itself when it is already one of these, else an immutable copy in its iteration order. */
  static Set<String> copyOf(Set<String> set) {
    if (set instanceof OrderedStrings ordered) {
      return ordered;
    }
    if (set.isEmpty()) {
      return Set.of();
    }
    String[] items = set.toArray(new String[0]);
    for (String item : items) {
      Objects.requireNonNull(item, "element");
    }
    return new OrderedStrings(items);
  }

  @Override
  public boolean contains(Object o) {
    return index != null ? index.contains(o) : items.contains(o);
  }

  @Override
  public Iterator<String> iterator() {
    return items.iterator();
  }

  @Override
  public int size() {
    return items.size();
  }
}
