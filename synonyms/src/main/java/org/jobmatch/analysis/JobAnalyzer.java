package org.jobmatch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;

/**
 * The Lucene chain: {@link JobTextTokenizer} (normalisation, phrases before segmentation,
 * SmartChinese for the gaps) → {@link CJKBigramFilter} (bigrams over runs of single Han characters,
 * unigrams kept; before stop words so that 失能 survives as a bigram) → {@link StopWordFilter} →
 * {@link ConceptFilter}. Thread-safe through the default per-thread reuse strategy.
 */
final class JobAnalyzer extends Analyzer {

  private static final String STOP_WORDS_RESOURCE = "stopwords.txt";

  private final SynonymDictionary dictionary;
  private final CharArraySet stopWords;
  private final SegmentationMemo memo = new SegmentationMemo();

  JobAnalyzer(SynonymDictionary dictionary) {
    this.dictionary = dictionary;
    this.stopWords = StopWordsHolder.STOP_WORDS;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    JobTextTokenizer tokenizer = new JobTextTokenizer(dictionary.trie(), memo);
    TokenStream stream = new CJKBigramFilter(tokenizer, CJKBigramFilter.HAN, true);
    stream = new StopWordFilter(stream, stopWords);
    stream = new ConceptFilter(stream, dictionary);
    return new TokenStreamComponents(tokenizer, stream);
  }

  private static final class StopWordsHolder {
    private static final CharArraySet STOP_WORDS = load();

    private static CharArraySet load() {
      InputStream in = JobAnalyzer.class.getResourceAsStream(STOP_WORDS_RESOURCE);
      if (in == null) {
        throw new IllegalStateException("classpath 上缺少停用词表: " + STOP_WORDS_RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(reader, "#"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
