package org.jobmatch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses taxonomy lines {@code 家族名 = 大类 / 中类 / 小类 : 岗位, 岗位}; the classification (with its
 * {@code =}) may be left out; {@code 持证上岗 : 岗位, 岗位} names the jobs that need their own licence. Full-width ：＝／，
 * are accepted, {@code #} starts a comment.
 */
final class TaxonomyFileParser {

  private static final int MAX_LEVELS = 3;
  /** The line naming the jobs that need a licence or certificate of their own: no related trade carries it. */
  static final String LICENSED = "持证上岗";

  private TaxonomyFileParser() {}

  static void parse(String source, BufferedReader reader, TaxonomyRules rules) throws IOException {
    rules.addSource(source);
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      parseLine(new LineSite(LineSite.TAXONOMY, source, lineNumber), line, rules);
    }
  }

  private static void parseLine(LineSite site, String raw, TaxonomyRules rules) {
    String line = LineSyntax.content(raw);
    if (line.isEmpty()) {
      return;
    }
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw site.error("缺少冒号, 应写成 家族名 = 大类 / 中类 / 小类 : 岗位, 岗位");
    }
    if (line.indexOf(':', colon + 1) >= 0) {
      throw site.error("一行只能有一个冒号");
    }
    String[] head = line.substring(0, colon).split("=", -1);
    if (head.length > 2) {
      throw site.error("一行只能有一个 =");
    }
    String members = line.substring(colon + 1);
    if (members.isBlank()) {
      throw site.error("冒号后面要写这个家族的标准岗位名");
    }
    List<String> groups = head.length == 2 ? groups(site, head[1]) : List.of();
    String name = familyName(site, head[0].strip());
    if (name.equals(LICENSED)) {
      if (!groups.isEmpty()) {
        throw site.error(LICENSED + " 不是岗位家族, 不写大典分类");
      }
      rules.addLicensed(site, LineSyntax.words(site, members));
    } else {
      rules.add(site, name, groups, LineSyntax.words(site, members));
    }
  }

  private static String familyName(LineSite site, String name) {
    if (name.isEmpty()) {
      throw site.error("冒号前面要写家族名");
    }
    if (!TextNormalizer.isSingleWord(name)) {
      throw site.error("家族名 \"" + name + "\" 只能包含汉字、字母和数字");
    }
    return name;
  }

  /** 大类 / 中类 / 小类: one to three names of letters, digits and 、. */
  private static List<String> groups(LineSite site, String text) {
    List<String> groups = new ArrayList<>();
    for (String part : text.split("/", -1)) {
      String group = part.strip();
      if (group.isEmpty() || !group.replace("、", "").codePoints().allMatch(TextNormalizer::isTokenCodePoint)) {
        throw site.error("大典分类 \"" + text.strip() + "\" 有误: 用 / 隔开大类、中类、小类, 每一级不能为空或带其他标点");
      }
      groups.add(group);
    }
    if (groups.size() > MAX_LEVELS) {
      throw site.error("大典分类最多写三级: 大类 / 中类 / 小类");
    }
    return groups;
  }
}
