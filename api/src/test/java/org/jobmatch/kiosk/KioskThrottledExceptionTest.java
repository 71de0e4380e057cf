package org.jobmatch.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class KioskThrottledExceptionTest {

    @Test
    void tellsTheWaitInChineseSecondsOrMinutes() {
        assertThat(KioskThrottledException.inChinese(Duration.ofMillis(29_100))).isEqualTo(" 30 秒");
        assertThat(KioskThrottledException.inChinese(Duration.ofSeconds(90))).isEqualTo(" 2 分钟");
    }

    @Test
    void isA429WithARetryAfterOfAtLeastOneSecond() {
        var e = new KioskThrottledException(Duration.ofMillis(10));

        assertThat(e.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(e.code()).isEqualTo("too-many-attempts");
        assertThat(e.retryAfterSeconds()).isEqualTo(1);
        assertThat(e.reasonZh()).contains("输入错误次数过多", "1 秒");
    }
}
