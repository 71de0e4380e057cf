package org.jobmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled taxonomy covers the bundled dictionaries; a county's taxonomy.txt extends it. */
class BundledTaxonomyTest {

  /** The major groups of the national occupational classification (2022 edition). */
  private static final Set<String> MAJOR_GROUPS = Set.of(
      "党的机关、国家机关、群众团体和社会组织、企事业单位负责人", "专业技术人员", "办事人员和有关人员",
      "社会生产服务和生活服务人员", "农、林、牧、渔业生产及辅助人员", "生产制造及有关人员", "军人",
      "不便分类的其他从业人员");

  /** Concepts of education.txt that are not occupations: "no skills", how a vacancy recruits, family duties. */
  private static final Set<String> MARKERS = Set.of("无技能", "劳务输出", "顾家");

  private final SynonymDictionary dictionary = SynonymDictionary.bundled();
  private final OccupationTaxonomy taxonomy = dictionary.taxonomy();

  @TempDir Path extras;

  @Test
  void everyConceptKeyOfTheBundledDictionariesBelongsToAFamily() {
    assertThat(dictionary.concepts())
        .filteredOn(concept -> !MARKERS.contains(concept))
        .allSatisfy(concept -> assertThat(taxonomy.familyOf(concept)).as(concept).isPresent());
  }

  @Test
  void everyFamilyNamesItsPlaceInTheClassificationStartingWithAMajorGroup() {
    assertThat(taxonomy.families()).allSatisfy(family -> {
      assertThat(family.groups()).as(family.key()).isNotEmpty();
      assertThat(MAJOR_GROUPS).as(family.key()).contains(family.groups().get(0));
    });
  }

  @Test
  void theTaxonomyFileExplainsTheFormatInItsHeader() throws IOException {
    String head = Files.readString(Path.of("dict", DictionaryLoader.TAXONOMY), StandardCharsets.UTF_8).substring(0, 300);
    assertThat(head).startsWith("#").contains("格式说明");
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({"厨师, 中式面点师", "厨师, 帮厨", "中式面点师, 帮厨", "货车司机, 快递员", "货车司机, 配送员",
      "驾驶员, 外卖员", "普工, 装配工", "普工, 流水线工人", "装配工, 包装工", "焊工, 钣金工", "缝纫工, 家纺工",
      "营业员, 收银员", "营业员, 理货员", "保安, 门卫", "养老护理员, 医疗护理员", "渔民, 水产养殖工"})
  void tradesOfOneFamilyAreRelated(String concept, String other) {
    assertThat(taxonomy.related(concept, other)).isTrue();
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({"厨师, 保洁员", "货车司机, 门卫", "普工, 家政服务员", "焊工, 保洁员", "渔民, 保安", "营业员, 装卸工"})
  void aTradeIsNotRelatedToUnrelatedLowThresholdJobs(String concept, String other) {
    assertThat(taxonomy.related(concept, other)).isFalse();
  }

  @ParameterizedTest(name = "{0} neighbours {1}")
  @CsvSource({"道路运输, 仓储装卸", "家政育婴, 养老护理", "保洁环卫, 园林绿化", "商品销售, 电子商务", "焊接钣金, 机械加工"})
  void familiesOfOneMiddleGroupOfTheClassificationAreNeighbours(String family, String other) {
    assertThat(taxonomy.neighboursOf(Set.of(family))).contains(other).doesNotContain(family);
    assertThat(taxonomy.neighboursOf(Set.of(other))).contains(family);
  }

  @Test
  void aFamilyPlacedOnlyInAMajorGroupHasNoNeighbours() {
    assertThat(taxonomy.neighboursOf(Set.of("生产制造"))).isEmpty();
    assertThat(taxonomy.neighboursOf(Set.of("农业种植"))).doesNotContain("畜禽饲养", "渔业生产");
    assertThat(taxonomy.neighboursOf(Set.of("未知家族"))).isEmpty();
  }

  @Test
  void aCountyTaxonomyAddsFamiliesAndMembers() throws IOException {
    Files.writeString(extras.resolve("county.txt"), "箱包工, 做箱包, 箱包厂\n烧烤师傅, 烤串\n");
    Files.writeString(extras.resolve(DictionaryLoader.TAXONOMY),
        "箱包制作 = 生产制造及有关人员 / 纺织品、服装和皮革、毛皮制品加工制作人员 : 箱包工\n餐饮服务 : 烧烤师傅\n");
    SynonymDictionary withExtras = SynonymDictionary.loadWithExtras(extras);
    OccupationTaxonomy extended = withExtras.taxonomy();
    assertThat(extended.families()).hasSize(taxonomy.families().size() + 1);
    assertThat(extended.related("烧烤师傅", "厨师")).isTrue();
    assertThat(extended.sources()).containsExactly(DictionaryLoader.TAXONOMY,
        extras.resolve(DictionaryLoader.TAXONOMY).toString());
    assertThat(withExtras.groupCount()).as("taxonomy.txt is no synonym file").isEqualTo(dictionary.groupCount() + 2);
    assertThat(JobTextAnalyzer.load(withExtras).analyze("在箱包厂干过，会烤串").families())
        .containsExactly("箱包制作", "餐饮服务");
  }

  @Test
  void aCountyTaxonomyErrorNamesTheFileAndLine() throws IOException {
    Path file = Files.writeString(extras.resolve(DictionaryLoader.TAXONOMY), "# 本县\n餐饮服务 : 宇航员\n");
    assertThatThrownBy(() -> SynonymDictionary.loadWithExtras(extras))
        .isInstanceOfSatisfying(SynonymFormatException.class, e -> {
          assertThat(e.source()).isEqualTo(file.toString());
          assertThat(e.lineNumber()).isEqualTo(2);
        });
  }

  @Test
  void aCountyCannotMoveABundledConceptToAnotherFamily() throws IOException {
    Files.writeString(extras.resolve(DictionaryLoader.TAXONOMY), "本县家族 : 厨师\n");
    assertThatThrownBy(() -> SynonymDictionary.loadWithExtras(extras))
        .isInstanceOf(SynonymFormatException.class)
        .hasMessageContaining("已归入家族 \"餐饮服务\"");
  }

  @Test
  void withoutACountyTaxonomyTheBundledOneIsUsed() throws IOException {
    Files.writeString(extras.resolve("county.txt"), "扎钢丝 => 钢筋工\n");
    assertThat(SynonymDictionary.loadWithExtras(extras).taxonomy().families())
        .isEqualTo(taxonomy.families());
  }
}
