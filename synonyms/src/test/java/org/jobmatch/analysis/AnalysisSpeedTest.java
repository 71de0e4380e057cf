package org.jobmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Times 20,000 analyses of vacancy- and ledger-like texts on a fresh analyzer (so the segmentation memo
 * warms up during the run, as after a reload). Not a pass/fail gate: run it by hand to compare builds,
 * {@code ./mvnw -B -ntp -pl synonyms verify -Djobmatch.speed=true -Dtest=AnalysisSpeedTest}.
 */
@EnabledIfSystemProperty(named = "jobmatch.speed", matches = "true")
class AnalysisSpeedTest {

  private static final int TEXTS = 20_000;
  private static final int ROUNDS = 7;
  private static final String[] TRADES = {"缝纫工", "平车", "保洁", "打扫卫生", "电焊", "二保焊", "护工", "照顾老人",
      "叉车", "开大货车", "快递", "分拣", "装卸", "仓管", "保安", "看大门", "厨师", "帮厨", "面点", "服务员", "营业员",
      "收银", "理货", "客服", "直播带货", "种地", "大棚", "采摘", "养猪", "养鸡", "鱼塘", "捕鱼", "开船", "绿化",
      "瓦工", "木工", "钢筋", "油漆", "水电工", "普工", "流水线", "包装", "手工", "质检", "数控车床", "文员", "会计"};
  private static final String[] SKILL_TEMPLATES = {"%s", "做过%s", "会%s", "干过%s", "以前在厂里做过%s", "有%s经验",
      "在外地%s过几年", "%s，能吃苦", "想做%s", "做了%d年%s", "在家%s"};
  private static final String[] BOILERPLATE = {"男女不限", "身体健康", "能吃苦耐劳", "有相关工作经验者优先",
      "新手可带", "包吃住", "包午餐", "缴纳五险", "长白班", "两班倒", "做六休一", "离家近", "计件工资，多劳多得"};

  @Test
  void twentyThousandAnalyses() {
    List<String> texts = texts(new Random(7));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[ROUNDS];
    long[] cpu = new long[ROUNDS];
    int concepts = 0;
    for (int round = 0; round < ROUNDS; round++) {
      JobTextAnalyzer analyzer = JobTextAnalyzer.load(SynonymDictionary.bundled());
      long startCpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      for (String text : texts) {
        concepts += analyzer.analyze(text).concepts().size();
      }
      wall[round] = (System.nanoTime() - start) / 1_000_000;
      cpu[round] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf("AnalysisSpeedTest: %d analyses per round; wall ms %s; thread CPU ms %s%n",
        TEXTS, Arrays.toString(wall), Arrays.toString(cpu));
    assertThat(concepts).isPositive();
  }

  /** Half vacancy descriptions (title, skills, boilerplate, pay), half ledger skills notes. */
  private static List<String> texts(Random random) {
    List<String> texts = new ArrayList<>(TEXTS);
    for (int i = 0; i < TEXTS; i++) {
      texts.add(i % 2 == 0 ? vacancy(random) : skills(random));
    }
    return texts;
  }

  private static String vacancy(Random random) {
    StringBuilder text = new StringBuilder("招").append(pick(random, TRADES)).append(1 + random.nextInt(9)).append("名，");
    text.append("会").append(pick(random, TRADES)).append("、").append(pick(random, TRADES)).append("，");
    for (int i = random.nextInt(4); i >= 0; i--) {
      text.append(pick(random, BOILERPLATE)).append("，");
    }
    int wage = 2500 + 100 * random.nextInt(40);
    return text.append("月薪").append(wage).append("-").append(wage + 1500).append("元。").toString();
  }

  private static String skills(Random random) {
    String template = pick(random, SKILL_TEMPLATES);
    String first = template.contains("%d")
        ? String.format(template, 1 + random.nextInt(30), pick(random, TRADES))
        : String.format(template, pick(random, TRADES));
    return random.nextBoolean() ? first : first + "，" + String.format(pick(random, SKILL_TEMPLATES).replace("%d", "3"),
        pick(random, TRADES));
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
