package org.jobmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

  private final PhraseTrie trie = PhraseTrie.build(List.of("焊工", "电焊", "电焊工", "电焊工证", "c1"));

  @Test
  void listsEveryPhraseStartingAtAPositionShortestFirst() {
    char[] text = "持电焊工证上岗".toCharArray();
    int[] ends = new int[trie.maxPhraseLength()];
    int count = trie.matchesAt(text, 1, text.length, ends);
    assertThat(Arrays.copyOf(ends, count)).containsExactly(3, 4, 5);
  }

  @Test
  void stopsMatchingAtTheLimit() {
    char[] text = "电焊工证".toCharArray();
    int[] ends = new int[trie.maxPhraseLength()];
    assertThat(trie.matchesAt(text, 0, 3, ends)).isEqualTo(2);
  }

  @Test
  void findsExactPhraseIds() {
    assertThat(trie.phraseId("电焊工".toCharArray(), 0, 3)).isEqualTo(2);
    assertThat(trie.phraseId("xc1".toCharArray(), 1, 2)).isEqualTo(4);
    assertThat(trie.phraseId("电".toCharArray(), 0, 1)).isEqualTo(-1);
    assertThat(trie.phraseId("叉车".toCharArray(), 0, 2)).isEqualTo(-1);
  }

  @Test
  void knowsTheLongestPhraseLength() {
    assertThat(trie.maxPhraseLength()).isEqualTo(4);
  }

  @Test
  void continuesAWalkFromTheNodeOfAPrefixReadElsewhere() {
    int node = trie.step(trie.step(PhraseTrie.ROOT, '电'), '焊');
    char[] text = "工证".toCharArray();
    int[] ends = new int[trie.maxPhraseLength()];
    int count = trie.matchesFrom(node, text, 0, text.length, ends);
    assertThat(Arrays.copyOf(ends, count)).containsExactly(1, 2);
    assertThat(trie.step(node, '车')).isEqualTo(-1);
  }
}
