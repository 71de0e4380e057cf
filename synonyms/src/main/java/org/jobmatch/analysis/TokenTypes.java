package org.jobmatch.analysis;

import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Values of the TypeAttribute along the chain. */
final class TokenTypes {

  /** A dictionary phrase found before segmentation, kept whole. */
  static final String PHRASE = "<PHRASE>";
  /** A segmenter word of two or more characters, or a non-Han single character. */
  static final String WORD = "<WORD>";
  /** A single Han character; the exact instance CJKBigramFilter compares against. */
  static final String HAN = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
  /** A bigram of two single Han characters, as typed by CJKBigramFilter. */
  static final String BIGRAM = "<DOUBLE>";
  /** A concept key: a phrase that is itself a key, or a key stacked on a phrase. */
  static final String CONCEPT = "<CONCEPT>";

  private TokenTypes() {}
}
