package org.jobmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The taxonomy file format, its errors and the lookups, on small dictionaries. */
class OccupationTaxonomyTest {

  private static final String SYNONYMS = """
      厨师, 烧菜
      中式面点师, 面点
      帮厨, 切菜
      货车司机, 开大货车
      快递员, 送快递
      保洁员, 保洁
      """;
  private static final String TAXONOMY = """
      # 注释
      餐饮服务 = 社会生产服务和生活服务人员 / 住宿和餐饮服务人员 / 餐饮服务人员 : 厨师, 中式面点师
      道路运输＝社会生产服务和生活服务人员／交通运输、仓储和邮政业服务人员：货车司机，快递员   # 全角标点
      餐饮服务 : 帮厨
      """;

  private final OccupationTaxonomy taxonomy = TokenStreams.dictionary(SYNONYMS, TAXONOMY).taxonomy();

  @Test
  void familiesKeepFileOrderTheirClassificationAndMembers() {
    assertThat(taxonomy.families()).extracting(OccupationFamily::key).containsExactly("餐饮服务", "道路运输");
    OccupationFamily catering = taxonomy.family("餐饮服务").orElseThrow();
    assertThat(catering.groups()).containsExactly("社会生产服务和生活服务人员", "住宿和餐饮服务人员", "餐饮服务人员");
    assertThat(catering.members()).containsExactly("厨师", "中式面点师", "帮厨");
    assertThat(taxonomy.family("道路运输").orElseThrow().groups())
        .containsExactly("社会生产服务和生活服务人员", "交通运输、仓储和邮政业服务人员");
    assertThat(taxonomy.sources()).containsExactly("taxonomy.txt");
  }

  @Test
  void findsTheFamilyOfAConceptAndTheMembersOfAFamily() {
    assertThat(taxonomy.familyOf("帮厨")).map(OccupationFamily::key).hasValue("餐饮服务");
    assertThat(taxonomy.membersOf("道路运输")).containsExactly("货车司机", "快递员");
    assertThat(taxonomy.familyOf("保洁员")).isEmpty();
    assertThat(taxonomy.familyOf("宇航员")).isEmpty();
    assertThat(taxonomy.membersOf("航天")).isEmpty();
    assertThat(taxonomy.family("航天")).isEmpty();
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({"厨师, 中式面点师, true", "帮厨, 厨师, true", "货车司机, 快递员, true", "厨师, 货车司机, false",
      "保洁员, 保洁员, true", "保洁员, 厨师, false", "宇航员, 厨师, false"})
  void conceptsOfOneFamilyAreRelated(String concept, String other, boolean related) {
    assertThat(taxonomy.related(concept, other)).isEqualTo(related);
    assertThat(taxonomy.related(other, concept)).isEqualTo(related);
  }

  @Test
  void lookupsAcceptFullWidthAndUpperCase() {
    OccupationTaxonomy latin = TokenStreams.dictionary("qc, 质检", "生产制造 : QC").taxonomy();
    assertThat(latin.familyOf("ＱＣ")).map(OccupationFamily::key).hasValue("生产制造");
    assertThat(latin.related("QC", "qc")).isTrue();
  }

  @Test
  void familiesOfConceptsInOrderOfFirstAppearance() {
    assertThat(taxonomy.familiesOf(List.of("快递员", "保洁员", "厨师", "货车司机")))
        .containsExactly("道路运输", "餐饮服务");
  }

  @Test
  void analysisNamesTheFamiliesOfTheConceptsFound() {
    JobTextAnalyzer analyzer = JobTextAnalyzer.load(TokenStreams.dictionary(SYNONYMS, TAXONOMY));
    AnalyzedText text = analyzer.analyze("送快递，会烧菜，做过保洁，开了十年大货车");
    assertThat(text.concepts()).containsExactly("快递员", "厨师", "保洁员", "货车司机");
    assertThat(text.families()).containsExactly("道路运输", "餐饮服务");
    assertThat(analyzer.analyze(List.of("切菜", "面点", "送快递")).families()).containsExactly("餐饮服务", "道路运输");
    assertThat(analyzer.taxonomy()).isSameAs(analyzer.dictionary().taxonomy());
  }

  @Test
  void analyzedTextBuiltFromTermsAndConceptsHasNoFamilies() {
    AnalyzedText text = new AnalyzedText(List.of("保洁", "保洁员"), java.util.Set.of("保洁员"));
    assertThat(text.families()).isEmpty();
    assertThat(text.isEmpty()).isFalse();
    assertThat(AnalyzedText.empty().families()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "餐饮服务 厨师",                       // no colon
      "餐饮服务 : 厨师 : 帮厨",               // two colons
      "餐饮服务 = 甲 = 乙 : 厨师",            // two =
      " : 厨师",                             // no family name
      "餐饮 服务 : 厨师",                     // family name with a space
      "餐饮服务 :",                          // no members
      "餐饮服务 : 厨师,, 帮厨",               // empty member
      "餐饮服务 : 厨 师",                     // member with a space
      "餐饮服务 = 甲 / / 丙 : 厨师",          // empty level
      "餐饮服务 = 甲 / 乙 / 丙 / 丁 : 厨师",   // four levels
      "餐饮服务 = 甲(乙) : 厨师"})            // punctuation in a level
  void malformedLineIsReportedWithFileAndLineNumber(String badLine) {
    assertThatThrownBy(() -> TokenStreams.dictionary(SYNONYMS, "# 本县\n道路运输 : 快递员\n" + badLine + "\n"))
        .isInstanceOfSatisfying(SynonymFormatException.class, e -> {
          assertThat(e.source()).isEqualTo("taxonomy.txt");
          assertThat(e.lineNumber()).isEqualTo(3);
        })
        .hasMessageStartingWith("职业分类 taxonomy.txt 第 3 行");
  }

  @Test
  void aConceptBelongsToOneFamilyOnly() {
    assertThatThrownBy(() -> TokenStreams.dictionary(SYNONYMS, "餐饮服务 : 厨师\n\n家政 : 保洁员, 厨师\n"))
        .isInstanceOfSatisfying(SynonymFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(3))
        .hasMessageContaining("\"厨师\" 已归入家族 \"餐饮服务\" (taxonomy.txt 第 1 行)");
  }

  @Test
  void theSameMemberTwiceInOneFamilyIsHarmless() {
    assertThat(TokenStreams.dictionary(SYNONYMS, "餐饮服务 : 厨师\n餐饮服务 : 厨师, 帮厨").taxonomy()
        .membersOf("餐饮服务")).containsExactly("厨师", "帮厨");
  }

  @Test
  void aFamilyHasOneClassification() {
    assertThatThrownBy(() -> TokenStreams.dictionary(SYNONYMS, "餐饮服务 = 甲 : 厨师\n餐饮服务 = 乙 : 帮厨\n"))
        .isInstanceOfSatisfying(SynonymFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(2))
        .hasMessageContaining("与 taxonomy.txt 第 1 行写的不一致");
  }

  @Test
  void aMemberMustBeAConceptKeyNotJustAPhrase() {
    assertThatThrownBy(() -> TokenStreams.dictionary(SYNONYMS, "餐饮服务 : 厨师\n餐饮服务 : 烧菜\n"))
        .isInstanceOfSatisfying(SynonymFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(2))
        .hasMessageContaining("\"烧菜\" 不是同义词词典里的标准岗位名");
  }

  @Test
  void aFamilyMustNotBeNamedLikeAConcept() {
    assertThatThrownBy(() -> TokenStreams.dictionary(SYNONYMS, "厨师 : 帮厨\n"))
        .isInstanceOfSatisfying(SynonymFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(1))
        .hasMessageContaining("家族名 \"厨师\" 与标准岗位名重名");
  }

  @Test
  void aJobNeedingItsOwnLicenceKeepsItsFamily() {
    OccupationTaxonomy licensed = TokenStreams.dictionary(SYNONYMS, TAXONOMY + "持证上岗 : 货车司机\n").taxonomy();

    assertThat(licensed.licensed("货车司机")).isTrue();
    assertThat(licensed.licensed("快递员")).isFalse();
    assertThat(licensed.familiesOf(List.of("货车司机"))).containsExactly("道路运输");
    assertThat(licensed.needsLicence(List.of("货车司机"))).isTrue();
    assertThat(licensed.needsLicence(List.of("货车司机", "快递员"))).as("a title any courier can take").isFalse();
    assertThat(licensed.needsLicence(List.of())).isFalse();
    assertThat(licensed.families()).extracting(OccupationFamily::key).containsExactly("餐饮服务", "道路运输");
  }

  @Test
  void theLicenceLineNamesKnownJobsAndNoClassification() {
    assertThatThrownBy(() -> TokenStreams.dictionary(SYNONYMS, "持证上岗 : 开大货车\n"))
        .hasMessageContaining("\"开大货车\" 不是同义词词典里的标准岗位名");
    assertThatThrownBy(() -> TokenStreams.dictionary(SYNONYMS, "持证上岗 = 甲 : 货车司机\n"))
        .isInstanceOfSatisfying(SynonymFormatException.class, e -> assertThat(e.lineNumber()).isEqualTo(1))
        .hasMessageContaining("不写大典分类");
  }

  @Test
  void emptyTaxonomyRelatesOnlyEqualConcepts() {
    OccupationTaxonomy empty = OccupationTaxonomy.empty();
    assertThat(empty.families()).isEmpty();
    assertThat(empty.related("厨师", "厨师")).isTrue();
    assertThat(empty.related("厨师", "帮厨")).isFalse();
  }
}
