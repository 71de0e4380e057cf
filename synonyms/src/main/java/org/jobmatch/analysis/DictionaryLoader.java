package org.jobmatch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads dictionary files from the classpath (via the index, since jars cannot be listed) and from a
 * directory: synonym files ({@code *.txt}) and the occupation taxonomy ({@value #TAXONOMY}, which is
 * not a synonym file and not in the index).
 */
final class DictionaryLoader {

  static final String BUNDLED_DIR = "/org/jobmatch/analysis/dict/";
  static final String INDEX = "index.list";
  static final String TAXONOMY = "taxonomy.txt";
  private static final String EXTENSION = ".txt";

  /** Parses one file into whatever the caller accumulates. */
  private interface FileParser {
    void parse(String source, BufferedReader reader) throws IOException;
  }

  private DictionaryLoader() {}

  static void addBundled(SynonymRules rules) {
    for (String name : bundledNames()) {
      parseBundled(name, (source, reader) -> SynonymFileParser.parse(source, reader, rules));
    }
  }

  static void addBundledTaxonomy(TaxonomyRules rules) {
    parseBundled(TAXONOMY, (source, reader) -> TaxonomyFileParser.parse(source, reader, rules));
  }

  /** Every *.txt directly in {@code dir} but the taxonomy, in file-name order. */
  static void addDirectory(SynonymRules rules, Path dir) {
    requireDirectory(dir);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(DictionaryLoader::isSynonymFile).sorted().toList()) {
        parseFile(file, (source, reader) -> SynonymFileParser.parse(source, reader, rules));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("读取同义词目录失败: " + dir, e);
    }
  }

  /** {@value #TAXONOMY} in {@code dir}, when there is one. */
  static void addDirectoryTaxonomy(TaxonomyRules rules, Path dir) {
    requireDirectory(dir);
    Path file = dir.resolve(TAXONOMY);
    if (Files.isRegularFile(file)) {
      parseFile(file, (source, reader) -> TaxonomyFileParser.parse(source, reader, rules));
    }
  }

  static List<String> bundledNames() {
    try (BufferedReader reader = open(BUNDLED_DIR + INDEX)) {
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("读取内置同义词索引失败", e);
    }
  }

  private static void parseBundled(String name, FileParser parser) {
    try (BufferedReader reader = open(BUNDLED_DIR + name)) {
      parser.parse(name, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("读取内置词典失败: " + name, e);
    }
  }

  private static void parseFile(Path file, FileParser parser) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      parser.parse(file.toString(), reader);
    } catch (IOException e) {
      throw new UncheckedIOException("读取词典文件失败: " + file, e);
    }
  }

  private static void requireDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("同义词目录不存在: " + dir);
    }
  }

  private static boolean isSynonymFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && name.endsWith(EXTENSION) && !name.equals(TAXONOMY);
  }

  private static BufferedReader open(String resource) {
    InputStream in = DictionaryLoader.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("classpath 上缺少同义词资源: " + resource);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
