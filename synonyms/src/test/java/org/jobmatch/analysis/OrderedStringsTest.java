package org.jobmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedStringsTest {

  @Test
  void keepsInsertionOrderAndEqualsOtherSets() {
    Set<String> set = OrderedStrings.copyOf(new LinkedHashSet<>(List.of("焊工", "保洁员", "厨师")));
    assertThat(set).containsExactly("焊工", "保洁员", "厨师");
    assertThat(set).isEqualTo(Set.of("厨师", "焊工", "保洁员")).hasSameHashCodeAs(Set.of("厨师", "焊工", "保洁员"));
    assertThat(OrderedStrings.copyOf(set)).isSameAs(set);
  }

  @Test
  void findsMembersOfSmallAndLargeSets() {
    Set<String> large = OrderedStrings.copyOf(new LinkedHashSet<>(IntStream.range(0, 20).mapToObj(i -> "c" + i).toList()));
    assertThat(large).contains("c0", "c19").doesNotContain("c20");
    assertThat(OrderedStrings.copyOf(Set.of("a"))).contains("a").doesNotContain("b", null);
  }

  @Test
  void cannotBeChanged() {
    Set<String> set = OrderedStrings.copyOf(new LinkedHashSet<>(List.of("a", "b")));
    assertThatThrownBy(() -> set.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(set::clear).isInstanceOf(UnsupportedOperationException.class);
  }
}
