package org.jobmatch.analysis;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A family of related occupations: jobs of one trade that an officer would propose to each other (a cook
 * the chef's, the pastry cook's and the kitchen helper's post).
 *
 * @param key the family's name, e.g. 餐饮服务; never equal to a concept key
 * @param groups where the family sits in the national occupational classification (《中华人民共和国职业分类大典》):
 *     major group, middle group, small group, as deep as the family's members share them; may be empty
 *     for a family a county added without it
 * @param members concept keys of the synonym dictionaries, in file order; a concept is in one family at most
 */
public record OccupationFamily(String key, List<String> groups, Set<String> members) {

  public OccupationFamily {
    Objects.requireNonNull(key, "key");
    groups = List.copyOf(groups);
    members = Collections.unmodifiableSet(new LinkedHashSet<>(members));
  }

  /** The major and middle group (大类 / 中类), when the family states both. */
  public Optional<List<String>> middleGroup() {
    return groups.size() < 2 ? Optional.empty() : Optional.of(groups.subList(0, 2));
  }

  public boolean contains(String concept) {
    return members.contains(concept);
  }
}
