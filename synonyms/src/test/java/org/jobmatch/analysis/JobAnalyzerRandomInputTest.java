package org.jobmatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Random Unicode and CJK strings never break the chain and give sane offsets and positions. */
class JobAnalyzerRandomInputTest {

  private static final String INTERESTING = "保洁员护工电焊叉车看大门开车打鱼养猪十年几多，的了会过ＡＢｃ１c1 ";
  private static final long SEED = 20240611L;

  private final Analyzer analyzer = new JobAnalyzer(SynonymDictionary.bundled());
  private final Random random = new Random(SEED);

  @Test
  void randomTextNeverThrowsAndKeepsOffsetsInsideTheInput() {
    for (int i = 0; i < 3000; i++) {
      String text = randomText(random.nextInt(60));
      TokenStreams.Analysis analysis = TokenStreams.analyze(analyzer, text);
      assertSane(text, analysis);
    }
  }

  @Test
  void longRandomTextIsAnalysedToo() {
    String text = randomText(20_000);
    assertSane(text, TokenStreams.analyze(analyzer, text));
  }

  @Test
  void rememberedSegmentationsGiveTheSameTokensAsFreshOnes() {
    String[] runs = {"有经验者优先", "包吃住", "做过护工", "会开叉车", "二保焊", "家纺车间", "确保安全生产", "c1驾照", "月薪4500",
        "开了十年车", "打了三十年鱼", "养过几年的猪", "开了一家车行", "喂喂鸡"};
    String[] separators = {"，", "、", " ", "。", ""};
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(6); j >= 0; j--) {
        text.append(random.nextInt(4) == 0 ? randomText(4) : runs[random.nextInt(runs.length)])
            .append(separators[random.nextInt(separators.length)]);
      }
      try (Analyzer fresh = new JobAnalyzer(SynonymDictionary.bundled())) {
        assertThat(TokenStreams.analyze(analyzer, text.toString())).as(escape(text.toString()))
            .isEqualTo(TokenStreams.analyze(fresh, text.toString()));
      }
    }
  }

  private static void assertSane(String text, TokenStreams.Analysis analysis) {
    int lastStart = 0;
    boolean first = true;
    for (TokenStreams.Token token : analysis.tokens()) {
      Supplier<String> where = () -> "token " + token + " in " + escape(text);
      assertThat(token.start()).as(where).isBetween(lastStart, token.end());
      assertThat(token.end()).as(where).isLessThanOrEqualTo(text.length());
      assertThat(token.term()).as(where).isNotEmpty();
      assertThat(token.posInc()).as(where).isGreaterThanOrEqualTo(first ? 1 : 0);
      lastStart = token.start();
      first = false;
    }
    assertThat(analysis.finalOffset()).isEqualTo(text.length());
  }

  private String randomText(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0 -> text.appendCodePoint(randomValidCodePoint());
        case 1 -> text.append((char) (0x4E00 + random.nextInt(0x5200)));
        case 2 -> text.append((char) (0x20 + random.nextInt(0x60)));
        case 3 -> text.append(INTERESTING.charAt(random.nextInt(INTERESTING.length())));
        case 4 -> text.append((char) (0xFF00 + random.nextInt(0x100)));
        default -> text.append((char) (0xD800 + random.nextInt(0x800))); // lone surrogates
      }
    }
    return text.toString();
  }

  private int randomValidCodePoint() {
    int codePoint;
    do {
      codePoint = random.nextInt(Character.MAX_CODE_POINT + 1);
    } while (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
    return codePoint;
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    text.codePoints().forEach(cp -> escaped.append(String.format("\\u{%x}", cp)));
    return escaped.toString();
  }
}
