package org.jobmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobTextAnalyzerTest {

  private final JobTextAnalyzer analyzer = JobTextAnalyzer.fromClasspath();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "电焊, 焊工", "焊接, 焊工", "二保焊, 焊工", "在外地船厂干过电焊，有焊工证, 焊工",
      "护工, 养老护理员", "照顾老人, 养老护理员", "照顾过瘫痪老人，做过护工, 养老护理员",
      "会开叉车, 叉车司机", "开叉车, 叉车司机",
      "打扫卫生, 保洁员", "看大门, 门卫", "看大门, 保安", "踩缝纫机, 缝纫工", "在家纺厂做过缝纫，会平车, 缝纫工",
      "带货, 主播", "打了三十年鱼，会开船, 护渔巡查员", "捕鱼, 护渔巡查员", "会电脑办公, 文员", "会打字, 录入员",
      "开大货车, 驾驶员", "送快递, 快递员", "搬运, 装卸工", "扫马路, 环卫工", "带孩子, 育婴员", "伺候月子, 月嫂",
      "包包子, 中式面点师", "切菜, 帮厨", "摘葡萄, 采摘工", "喂猪, 养殖工", "修剪花木, 绿化工", "砌墙, 瓦工",
      "扎钢筋, 钢筋工", "刷油漆, 油漆工", "拧螺丝, 装配工", "上流水线, 流水线工人"})
  void everydayPhrasingReachesTheJobTitle(String text, String concept) {
    assertThat(analyzer.analyze(text).concepts()).contains(concept);
  }

  @Test
  void termsContainTheConceptKeySoTextMatchingFindsTheTitle() {
    AnalyzedText person = analyzer.analyze("打扫卫生");
    assertThat(person.terms()).containsExactly("打扫卫生", "保洁员");
    assertThat(person.termsAsText()).isEqualTo("打扫卫生 保洁员");
  }

  @Test
  void termInSeveralGroupsGivesEveryConcept() {
    assertThat(analyzer.analyze("看大门").concepts()).containsExactly("门卫", "保安");
    assertThat(analyzer.analyze("护工").concepts()).containsExactly("养老护理员", "医疗护理员");
  }

  @Test
  void aJobNeedingALicenceIsNotReadFromAClauseSayingTheLicenceIsMissing() {
    assertThat(analyzer.analyze("会开叉车但没证").concepts()).doesNotContain("叉车司机");
    assertThat(analyzer.analyze("在物流园做过五年仓管，会开叉车但没证").concepts())
        .contains("仓管员").doesNotContain("叉车司机");
    assertThat(analyzer.analyze("有叉车证，开过三年叉车").concepts()).contains("叉车司机");
    assertThat(analyzer.analyze("会开叉车，普工没证也能干").concepts()).as("only its own clause").contains("叉车司机");
    assertThat(analyzer.analyze("没证的普工活都能干").concepts()).as("a job needing no licence").contains("普工");
  }

  @Test
  void unrelatedTextGivesTermsButNoConcepts() {
    AnalyzedText text = analyzer.analyze("确保安全生产");
    assertThat(text.terms()).containsExactly("确保", "安全", "生产");
    assertThat(text.concepts()).isEmpty();
  }

  @Test
  void nullBlankOrPunctuationOnlyTextIsEmpty() {
    assertThat(analyzer.analyze((String) null).isEmpty()).isTrue();
    assertThat(analyzer.analyze(" \u3000\t").isEmpty()).isTrue();
    assertThat(analyzer.analyze("，。！").isEmpty()).isTrue();
    assertThat(analyzer.analyze(Arrays.asList(null, "", " ")).isEmpty()).isTrue();
  }

  @Test
  void severalTextsAreMergedInOrder() {
    AnalyzedText merged = analyzer.analyze(List.of("电焊工", "焊工证", "叉车"));
    assertThat(merged.terms()).containsExactly("电焊工", "焊工", "焊工证", "焊工", "叉车", "叉车司机");
    assertThat(merged.concepts()).containsExactly("焊工", "叉车司机");
  }

  @Test
  void contractExamplePersonsShareAConceptWithTheirVacancy() {
    assertSharedConcept("在家纺厂做过缝纫，会平车", "缝纫工", "家纺车间平车缝纫，计件工资，包午餐", "缝纫", "平车");
    assertSharedConcept("保洁 保安", "道路保洁员", "负责辖区道路清扫保洁", "保洁");
    assertSharedConcept("在外地船厂干过电焊，有焊工证", "电焊工", "持焊工证优先，二氧化碳保护焊", "焊工", "二保焊");
    assertSharedConcept("照顾过瘫痪老人，做过护工", "养老护理员", "照护失能老人，提供培训，可考养老护理员证", "养老护理");
    assertSharedConcept("打了三十年鱼，会开船", "护渔巡查员", "长江护渔巡查，优先安置退捕渔民", "巡查", "捕鱼");
    assertSharedConcept("计算机专业，会电脑办公", "电商客服", "线上客服，会打字，会用电脑", "客服", "电脑");
  }

  @Test
  void givesTheSameResultsFromManyThreads() throws Exception {
    List<String> texts = List.of("在家纺厂做过缝纫，会平车", "照顾过瘫痪老人，做过护工", "确保安全生产", "会开叉车，看大门");
    List<AnalyzedText> expected = texts.stream().map(analyzer::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 500; i++) {
            int k = i % texts.size();
            if (!analyzer.analyze(texts.get(k)).equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void assertSharedConcept(String personSkills, String title, String description, String... skills) {
    List<String> vacancyTexts = new ArrayList<>(List.of(title, description));
    vacancyTexts.addAll(List.of(skills));
    AnalyzedText vacancy = analyzer.analyze(vacancyTexts);
    assertThat(analyzer.analyze(personSkills).concepts()).as(personSkills + " vs " + title)
        .containsAnyElementsOf(vacancy.concepts());
  }
}
