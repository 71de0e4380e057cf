package org.jobmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jobmatch.analysis.TokenStreams.rendered;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;

/** Tokens, offsets and position increments of the Lucene chain, one rule per test. */
class JobAnalyzerChainTest {

  private final Analyzer bundled = new JobAnalyzer(SynonymDictionary.bundled());

  @Test
  void smartChineseAloneSplitsUnknownPhrasesIntoCharacters() {
    try (Analyzer smartcn = new SmartChineseAnalyzer()) {
      assertThat(terms(smartcn, "做过护工")).containsExactly("做", "过", "护", "工");
      assertThat(terms(smartcn, "二保焊")).containsExactly("二", "保", "焊");
    }
  }

  @Test
  void findsDictionaryPhraseBeforeSegmentationAsOneToken() {
    assertThat(rendered(bundled, "做过护工"))
        .containsExactly("护工[2,4]+3", "养老护理员[2,4]+0", "医疗护理员[2,4]+0");
    assertThat(rendered(bundled, "二保焊")).containsExactly("二保焊[0,3]+1", "焊工[0,3]+0");
  }

  @Test
  void stacksConceptKeysOnThePhraseAtTheSamePositionAndOffsets() {
    assertThat(rendered(bundled, "看大门的"))
        .containsExactly("看大门[0,3]+1", "门卫[0,3]+0", "保安[0,3]+0");
  }

  @Test
  void phraseThatIsItselfAConceptKeyIsNotRepeated() {
    assertThat(rendered(bundled, "保安")).containsExactly("保安[0,2]+1");
  }

  @Test
  void segmentsTheGapsBetweenPhrasesWithSmartChinese() {
    assertThat(rendered(bundled, "在外地船厂干过电焊，有焊工证"))
        .containsExactly("外地[1,3]+2", "船厂[3,5]+1", "电焊[7,9]+3", "焊工[7,9]+0",
            "焊工证[11,14]+2", "焊工[11,14]+0");
  }

  @Test
  void repeatedRunKeepsItsTokensAtItsOwnOffsets() {
    assertThat(rendered(bundled, "做过护工，做过护工"))
        .containsExactly("护工[2,4]+3", "养老护理员[2,4]+0", "医疗护理员[2,4]+0",
            "护工[7,9]+3", "养老护理员[7,9]+0", "医疗护理员[7,9]+0");
  }

  @Test
  void acceptsPhraseStartingInsideASegmenterWord() {
    // SmartChinese reads 在家|纺|厂; the phrase 家纺厂 still wins and 在 is left over (a stop word).
    assertThat(rendered(bundled, "在家纺厂")).containsExactly("家纺厂[1,4]+2", "家纺工[1,4]+0");
  }

  @Test
  void rejectsPhraseWhoseEndCutsAWordWhenTheRestIsNoWord() {
    assertThat(rendered(bundled, "确保安全生产"))
        .containsExactly("确保[0,2]+1", "安全[2,4]+1", "生产[4,6]+1");
    assertThat(rendered(bundled, "维护工作")).containsExactly("维护[0,2]+1", "工作[2,4]+1");
  }

  @Test
  void acceptsPhraseWhoseEndCutsAWordWhenTheRestIsAWord() {
    // SmartChinese reads 家|纺车|间; the rest after 家纺 starts with the word 车间, so the cut is kept.
    Analyzer analyzer = new JobAnalyzer(TokenStreams.dictionary("家纺, 家纺厂"));
    assertThat(rendered(analyzer, "家纺车间"))
        .containsExactly("家纺[0,2]+1", "车[2,3]+1", "车间[2,4]+0", "间[3,4]+1");
  }

  @Test
  void acceptsPhraseWhoseEndCutsAWordWhenTheRestIsAPhrase() {
    // SmartChinese reads 带|货主|播 and does not know 主播; the dictionary does.
    Analyzer analyzer = new JobAnalyzer(TokenStreams.dictionary("带货\n主播"));
    assertThat(rendered(analyzer, "带货主播")).containsExactly("带货[0,2]+1", "主播[2,4]+1");
  }

  @Test
  void fallsBackToShorterPhraseWhenTheLongestCutsAWord() {
    assertThat(rendered(bundled, "钢筋工程"))
        .containsExactly("钢筋[0,2]+1", "钢筋工[0,2]+0", "建筑工人[0,2]+0", "工程[2,4]+1");
  }

  @Test
  void normalisesFullWidthAndCaseKeepingOriginalOffsets() {
    assertThat(rendered(bundled, "ＡＢＣ１２３　Ｃ１驾照"))
        .containsExactly("abc[0,3]+1", "123[3,6]+1", "c1驾照[7,11]+1", "驾驶员[7,11]+0");
  }

  @Test
  void matchesLatinPhrasesOnlyAsWholeWords() {
    assertThat(terms(bundled, "abc1")).doesNotContain("c1", "驾驶员");
    assertThat(terms(bundled, "C1 驾照")).contains("c1", "驾照", "驾驶员");
  }

  @Test
  void dropsPunctuationAndWhitespace() {
    assertThat(rendered(bundled, "，。！ 保洁、保安…… ")).containsExactly(
        "保洁[4,6]+1", "保洁员[4,6]+0", "保安[7,9]+1");
  }

  @Test
  void dropsStopWordsButKeepsWordsContainingStopCharacters() {
    assertThat(terms(bundled, "我会做过有在了的")).isEmpty();
    assertThat(terms(bundled, "会做饭")).containsExactly("做饭", "厨师", "家政服务员");
    assertThat(terms(bundled, "会计")).containsExactly("会计");
    assertThat(terms(bundled, "有机蔬菜")).contains("有机", "蔬菜");
  }

  @Test
  void addsBigramsOverRunsOfSingleCharacters() {
    Analyzer analyzer = new JobAnalyzer(TokenStreams.dictionary("保洁员, 保洁"));
    assertThat(rendered(analyzer, "做过护工"))
        .containsExactly("过护[1,3]+2", "护[2,3]+1", "护工[2,4]+0", "工[3,4]+1");
  }

  @Test
  void bigramsKeepUnknownWordsWhoseSecondCharacterIsAStopWord() {
    assertThat(rendered(bundled, "照护失能")).containsExactly(
        "照[0,1]+1", "照护[0,2]+0", "护[1,2]+1", "护失[1,3]+0", "失[2,3]+1", "失能[2,4]+0");
  }

  @Test
  void reportsTheInputLengthAsFinalOffset() {
    assertThat(TokenStreams.analyze(bundled, "保洁。  ").finalOffset()).isEqualTo(5);
  }

  @Test
  void givesTheSameTokensWhenTheReusedStreamAnalysesAgain() {
    List<String> first = rendered(bundled, "在家纺厂做过缝纫，会平车");
    rendered(bundled, "完全不同的一段很长很长的文字，用来弄脏复用的缓冲区和状态".repeat(20));
    assertThat(rendered(bundled, "在家纺厂做过缝纫，会平车")).isEqualTo(first);
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    return TokenStreams.analyze(analyzer, text).tokens().stream().map(TokenStreams.Token::term).toList();
  }
}
