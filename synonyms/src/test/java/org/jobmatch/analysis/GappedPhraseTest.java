package org.jobmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobmatch.analysis.TokenStreams.rendered;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phrases split by particles, numbers and measure words: tokens, offsets and position increments. */
class GappedPhraseTest {

  private static final String DICTIONARY = """
      驾驶员, 开车, 会开车
      货车司机, 开大货车, 大货车
      渔民, 打鱼, 捕鱼
      养殖工, 养猪, 喂鸡
      厨师, 做饭
      保洁员, 做保洁, 保洁
      营业员, 站柜台
      数控操作工, 开车床
      普工, 打工
      """;

  private final Analyzer analyzer = new JobAnalyzer(TokenStreams.dictionary(DICTIONARY));

  @Test
  void particleNumberAndMeasureWordBetweenVerbAndObject() {
    assertThat(rendered(analyzer, "开了十年车")).containsExactly("开车[0,5]+1", "驾驶员[0,5]+0");
    assertThat(rendered(analyzer, "打了三十年鱼")).containsExactly("打鱼[0,6]+1", "渔民[0,6]+0");
    assertThat(rendered(analyzer, "养过几年猪")).containsExactly("养猪[0,5]+1", "养殖工[0,5]+0");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "开过车 | 开车[0,3]+1", "开着车 | 开车[0,3]+1", "开十年车 | 开车[0,4]+1", "开了10年车 | 开车[0,6]+1",
      "开了10多年车 | 开车[0,7]+1", "开了好几年车 | 开车[0,6]+1", "开了十来年车 | 开车[0,6]+1",
      "开了五六年车 | 开车[0,6]+1", "开了三个多月车 | 开车[0,7]+1", "开过几年的车 | 开车[0,6]+1",
      "开了一辈子的车 | 开车[0,7]+1", "打了大半辈子鱼 | 打鱼[0,7]+1", "捕了二十多年鱼 | 捕鱼[0,7]+1",
      "养了两百头猪 | 养猪[0,6]+1", "喂过几千只鸡 | 喂鸡[0,6]+1", "做过两年保洁 | 做保洁[0,6]+1",
      "站过柜台 | 站柜台[0,4]+1", "喂喂鸡 | 喂鸡[0,3]+1",
      "做了十多年饭 | 做饭[0,6]+1"})  // SmartChinese reads 年饭 as a word
  void insertionIsLeftOutOfTheTermButInsideTheOffsets(String text, String phrase) {
    assertThat(rendered(analyzer, text)).first().isEqualTo(phrase);
  }

  @Test
  void theLongestPhraseAfterTheInsertionWins() {
    assertThat(rendered(analyzer, "开了十年大货车"))
        .containsExactly("开大货车[0,7]+1", "货车司机[0,7]+0");
    assertThat(rendered(analyzer, "开了三年车床")).containsExactly("开车床[0,6]+1", "数控操作工[0,6]+0");
  }

  @Test
  void aLongerFirstPartIsFoundToo() {
    assertThat(rendered(analyzer, "会开了十年车")).containsExactly("会开车[0,6]+1", "驾驶员[0,6]+0");
  }

  @Test
  void gappedPhrasesTakeOnePositionAmongTheirNeighbours() {
    assertThat(rendered(analyzer, "在外地开了十年车，打过鱼"))
        .containsExactly("外地[1,3]+2", "开车[3,8]+1", "驾驶员[3,8]+0", "打鱼[9,12]+1", "渔民[9,12]+0");
  }

  @Test
  void aPhraseWrittenWithItsInsertionStaysAsWritten() {
    Analyzer withLiteral = new JobAnalyzer(TokenStreams.dictionary("渔民, 打鱼, 打了一辈子鱼"));
    assertThat(rendered(withLiteral, "打了一辈子鱼")).containsExactly("打了一辈子鱼[0,6]+1", "渔民[0,6]+0");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "开了门",          // 开门 is no dictionary phrase
      "离开了十年车站",   // 开 is inside the word 离开, 车 inside 车站
      "开了一家车行",     // 家 counts shops, not time
      "开了两个车间",     // 车 is inside 车间
      "开的车",          // 的 alone is no insertion
      "开年车",          // a measure word alone is none either
      "打了三年零工",     // 工 is inside 零工
      "开了十年，车"})    // punctuation ends the run
  void noPhraseIsMadeAcrossUnrelatedWords(String text) {
    assertThat(TokenStreams.analyze(analyzer, text).tokens())
        .noneMatch(token -> token.type().equals(TokenTypes.CONCEPT));
  }

  @Test
  void bundledDictionaryKeepsContiguousPhrasesUnchanged() {
    Analyzer bundled = new JobAnalyzer(SynonymDictionary.bundled());
    assertThat(rendered(bundled, "会开叉车")).containsExactly("会开叉车[0,4]+1", "叉车司机[0,4]+0");
    assertThat(rendered(bundled, "干了五六年电焊")).endsWith("电焊[5,7]+1", "焊工[5,7]+0");
  }

  @Test
  void rememberedRunsGiveTheSameGappedPhrases() {
    List<String> first = rendered(analyzer, "开了十年车");
    assertThat(rendered(analyzer, "开了十年车")).isEqualTo(first);
    assertThat(rendered(analyzer, "好，开了十年车")).containsExactly("好[0,1]+1", "开车[2,7]+1", "驾驶员[2,7]+0");
  }
}
