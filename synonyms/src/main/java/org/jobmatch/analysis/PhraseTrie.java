package org.jobmatch.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Immutable char trie over the dictionary phrases. Transitions live in one open-addressing table
 * keyed by (node, char), so lookups allocate nothing and the trie is safe to share between threads.
 */
final class PhraseTrie {

  /** The node of the empty prefix, where every walk starts. */
  static final int ROOT = 0;
  private static final long EMPTY = -1L;

  private final long[] keys;
  private final int[] children;
  private final int[] phraseIdByNode;
  private final int mask;
  private final int maxPhraseLength;

  private PhraseTrie(long[] keys, int[] children, int[] phraseIdByNode, int maxPhraseLength) {
    this.keys = keys;
    this.children = children;
    this.phraseIdByNode = phraseIdByNode;
    this.mask = keys.length - 1;
    this.maxPhraseLength = maxPhraseLength;
  }

  /** Phrase ids are the indexes into {@code phrases}; phrases must be distinct and non-empty. */
  static PhraseTrie build(List<String> phrases) {
    int totalChars = phrases.stream().mapToInt(String::length).sum();
    int capacity = Integer.highestOneBit(Math.max(16, totalChars * 2)) << 1;
    long[] keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    int[] children = new int[capacity];
    int[] phraseIdByNode = new int[totalChars + 1];
    Arrays.fill(phraseIdByNode, -1);
    PhraseTrie trie = new PhraseTrie(keys, children, phraseIdByNode, 0);
    int nodeCount = 1;
    int maxLength = 0;
    for (int id = 0; id < phrases.size(); id++) {
      String phrase = phrases.get(id);
      int node = ROOT;
      for (int i = 0; i < phrase.length(); i++) {
        int child = trie.child(node, phrase.charAt(i));
        if (child < 0) {
          child = nodeCount++;
          trie.insert(node, phrase.charAt(i), child);
        }
        node = child;
      }
      phraseIdByNode[node] = id;
      maxLength = Math.max(maxLength, phrase.length());
    }
    return new PhraseTrie(keys, children, phraseIdByNode, maxLength);
  }

  int maxPhraseLength() {
    return maxPhraseLength;
  }

  /**
   * Collects the end offsets (exclusive) of every phrase that starts at {@code start} and ends at or
   * before {@code limit}, shortest first, into {@code ends}, which must hold maxPhraseLength values.
   *
   * @return how many ends were written
   */
  int matchesAt(char[] text, int start, int limit, int[] ends) {
    return matchesFrom(ROOT, text, start, limit, ends);
  }

  /**
   * Like {@link #matchesAt}, but continuing from {@code node}, the node of a prefix already read
   * elsewhere: the ends of every phrase made of that prefix and text[start, end).
   */
  int matchesFrom(int node, char[] text, int start, int limit, int[] ends) {
    int count = 0;
    for (int i = start; i < limit; i++) {
      node = child(node, text[i]);
      if (node < 0) {
        break;
      }
      if (phraseIdByNode[node] >= 0) {
        ends[count++] = i + 1;
      }
    }
    return count;
  }

  /** The node reached from {@code node} by {@code c}, or -1 when no phrase continues that way. */
  int step(int node, char c) {
    return child(node, c);
  }

  /** Id of the phrase equal to text[offset, offset+length), or -1. */
  int phraseId(char[] text, int offset, int length) {
    int node = ROOT;
    for (int i = offset; i < offset + length && node >= 0; i++) {
      node = child(node, text[i]);
    }
    return node < 0 ? -1 : phraseIdByNode[node];
  }

  private int child(int node, char c) {
    long key = key(node, c);
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return children[slot];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  private void insert(int node, char c, int child) {
    long key = key(node, c);
    int slot = slot(key);
    while (keys[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    children[slot] = child;
  }

  private static long key(int node, char c) {
    return ((long) node << 16) | c;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }
}
