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

/** Reads dictionary files from the classpath (via the index, since jars cannot be listed) and from a directory. */
final class DictionaryLoader {

  static final String BUNDLED_DIR = "/org/jobmatch/analysis/dict/";
  static final String INDEX = "index.list";
  private static final String EXTENSION = ".txt";

  private DictionaryLoader() {}

  static void addBundled(SynonymRules rules) {
    for (String name : bundledNames()) {
      try (BufferedReader reader = open(BUNDLED_DIR + name)) {
        SynonymFileParser.parse(name, reader, rules);
      } catch (IOException e) {
        throw new UncheckedIOException("读取内置同义词词典失败: " + name, e);
      }
    }
  }

  /** Every *.txt directly in {@code dir}, in file-name order. */
  static void addDirectory(SynonymRules rules, Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("同义词目录不存在: " + dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(DictionaryLoader::isDictionaryFile).sorted().toList()) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          SynonymFileParser.parse(file.toString(), reader, rules);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("读取同义词目录失败: " + dir, e);
    }
  }

  static List<String> bundledNames() {
    try (BufferedReader reader = open(BUNDLED_DIR + INDEX)) {
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("读取内置同义词索引失败", e);
    }
  }

  private static boolean isDictionaryFile(Path file) {
    return Files.isRegularFile(file) && file.getFileName().toString().endsWith(EXTENSION);
  }

  private static BufferedReader open(String resource) {
    InputStream in = DictionaryLoader.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("classpath 上缺少同义词资源: " + resource);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
