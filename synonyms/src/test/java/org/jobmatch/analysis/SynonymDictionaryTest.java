package org.jobmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SynonymDictionaryTest {

  private static final Path DICT_DIR = Path.of("dict");

  @TempDir Path extras;

  @Test
  void bundledDictionariesHaveAtLeastSixtyGroups() {
    assertThat(SynonymDictionary.bundled().groupCount()).isGreaterThanOrEqualTo(60);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "普工", "操作工", "装配工", "流水线工人", "焊工", "缝纫工", "家纺工", "瓦工", "木工", "钢筋工", "油漆工",
      "水电工", "电工", "叉车司机", "驾驶员", "货车司机", "快递员", "分拣员", "装卸工", "仓管员", "保洁员",
      "环卫工", "保安", "门卫", "养老护理员", "家政服务员", "育婴员", "月嫂", "厨师", "帮厨", "中式面点师",
      "服务员", "营业员", "收银员", "电商客服", "主播", "农业工人", "采摘工", "养殖工", "绿化工",
      "护渔巡查员", "渔民", "文员"})
  void everyRequiredJobTitleIsAConceptKey(String title) {
    assertThat(SynonymDictionary.bundled().concepts()).contains(title);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "流水线", "平车", "家纺", "仓管", "护工", "带货", "捕鱼", "开船", "电脑办公", "打字", "二保焊",
      "照顾老人", "开叉车", "打扫卫生", "看大门", "踩缝纫机"})
  void everyRequiredEverydayPhraseBelongsToAGroup(String phrase) {
    assertThat(SynonymDictionary.bundled().conceptsOf(phrase)).isNotEmpty();
  }

  @Test
  void aConceptImpliedByAnotherIsNotTheMostSpecific() {
    SynonymDictionary dictionary = SynonymDictionary.bundled();

    assertThat(dictionary.mostSpecific(Set.of("货车司机", "驾驶员"))).containsExactly("货车司机");
    assertThat(dictionary.mostSpecific(Set.of("驾驶员"))).containsExactly("驾驶员");
    assertThat(dictionary.mostSpecific(Set.of("养老护理员", "医疗护理员")))
        .containsExactlyInAnyOrder("养老护理员", "医疗护理员");
  }

  @Test
  void bundledIndexListsEveryDictionaryFileButTheTaxonomy() throws IOException {
    try (Stream<Path> files = Files.list(DICT_DIR)) {
      assertThat(DictionaryLoader.bundledNames())
          .containsExactlyInAnyOrderElementsOf(files.map(f -> f.getFileName().toString())
              .filter(name -> name.endsWith(".txt") && !name.equals(DictionaryLoader.TAXONOMY)).toList());
    }
  }

  @Test
  void everyBundledFileExplainsTheFormatInItsHeader() throws IOException {
    for (String name : DictionaryLoader.bundledNames()) {
      String head = Files.readString(DICT_DIR.resolve(name), StandardCharsets.UTF_8).substring(0, 200);
      assertThat(head).as(name).startsWith("#").contains("格式说明");
    }
  }

  @Test
  void conceptKeyIsTheFirstEntryOfAnEquivalenceLine() {
    SynonymDictionary dictionary = TokenStreams.dictionary("保洁员, 保洁, 打扫卫生");
    assertThat(dictionary.concepts()).containsExactly("保洁员");
    assertThat(dictionary.conceptsOf("打扫卫生")).containsExactly("保洁员");
    assertThat(dictionary.phrasesOf("保洁员")).containsExactlyInAnyOrder("保洁员", "保洁", "打扫卫生");
  }

  @Test
  void conceptKeysAreTheRightHandSideOfAMappingLine() {
    SynonymDictionary dictionary = TokenStreams.dictionary("看大门, 看门 => 门卫, 保安");
    assertThat(dictionary.concepts()).containsExactly("门卫", "保安");
    assertThat(dictionary.conceptsOf("看门")).containsExactly("门卫", "保安");
    assertThat(dictionary.conceptsOf("门卫")).containsExactly("门卫");
  }

  @Test
  void linesWithTheSameConceptKeyFormOneGroup() {
    SynonymDictionary dictionary = TokenStreams.dictionary("焊工, 电焊\n二保焊 => 焊工\n");
    assertThat(dictionary.groupCount()).isEqualTo(1);
    assertThat(dictionary.phrasesOf("焊工")).containsExactlyInAnyOrder("焊工", "电焊", "二保焊");
  }

  @Test
  void aConceptMappedToAnotherCarriesItsWholeGroupAlong() {
    SynonymDictionary dictionary = TokenStreams.dictionary("货车司机, 开大车\n货车司机 => 驾驶员\n驾驶员, 司机");
    assertThat(dictionary.conceptsOf("开大车")).containsExactly("货车司机", "驾驶员");
    assertThat(dictionary.phrasesOf("驾驶员")).contains("开大车", "司机");
  }

  @Test
  void acceptsChinesePunctuationCommentsAndMixedCase() {
    SynonymDictionary dictionary = TokenStreams.dictionary(
        "# 注释行\n\n驾驶员，司机、Ｃ１驾照  # 行尾注释\n开大车 ＝＞ 货车司机\n");
    assertThat(dictionary.conceptsOf("c1驾照")).containsExactly("驾驶员");
    assertThat(dictionary.conceptsOf("Ｃ１驾照")).containsExactly("驾驶员");
    assertThat(dictionary.conceptsOf("开大车")).containsExactly("货车司机");
  }

  @Test
  void unknownLookupsAreEmpty() {
    assertThat(SynonymDictionary.bundled().conceptsOf("宇航员")).isEmpty();
    assertThat(SynonymDictionary.bundled().phrasesOf("宇航员")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"保洁员,,保洁", "保洁员, 保洁,", "看门 =>", "=> 门卫", "a => b => c", "叉车 司机, 叉车",
      "保洁(员), 保洁"})
  void malformedLineIsReportedWithFileAndLineNumber(String badLine) throws IOException {
    Path file = Files.writeString(extras.resolve("county.txt"), "# 本县补充\n沙发工, 做沙发\n" + badLine + "\n");
    assertThatThrownBy(() -> SynonymDictionary.loadWithExtras(extras))
        .isInstanceOfSatisfying(SynonymFormatException.class, e -> {
          assertThat(e.source()).isEqualTo(file.toString());
          assertThat(e.lineNumber()).isEqualTo(3);
        })
        .hasMessageContaining("county.txt").hasMessageContaining("第 3 行");
  }

  @Test
  void extrasDirectoryAddsGroupsToTheBundledOnes() throws IOException {
    Files.writeString(extras.resolve("county.txt"), "沙发工, 做沙发, 沙发厂\n");
    Files.writeString(extras.resolve("notes.md"), "不是词典, 不会被读取");
    SynonymDictionary dictionary = SynonymDictionary.loadWithExtras(extras);
    assertThat(dictionary.groupCount()).isEqualTo(SynonymDictionary.bundled().groupCount() + 1);
    assertThat(dictionary.sources()).endsWith(extras.resolve("county.txt").toString());
    assertThat(JobTextAnalyzer.load(dictionary).analyze("在沙发厂干过").concepts()).containsExactly("沙发工");
  }

  @Test
  void extrasCanAddPhrasesToABundledGroup() throws IOException {
    Files.writeString(extras.resolve("county.txt"), "扎钢丝 => 钢筋工\n");
    SynonymDictionary dictionary = SynonymDictionary.loadWithExtras(extras);
    assertThat(dictionary.groupCount()).isEqualTo(SynonymDictionary.bundled().groupCount());
    assertThat(dictionary.conceptsOf("扎钢丝")).containsExactly("钢筋工", "建筑工人"); // 钢筋工 => 建筑工人
  }

  @Test
  void missingExtrasDirectoryIsRejected() {
    assertThatThrownBy(() -> SynonymDictionary.loadWithExtras(extras.resolve("nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }
}
