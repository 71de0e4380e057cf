package org.jobmatch.kiosk;

import java.time.Duration;

import org.jobmatch.web.ApiException;
import org.springframework.http.HttpStatus;

/** Too many wrong identifications: answered 429 with a Retry-After header and the wait in Chinese. */
final class KioskThrottledException extends ApiException {

    private final Duration wait;

    KioskThrottledException(Duration wait) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                "输入错误次数过多，请" + inChinese(wait) + "后再试，或到服务窗口办理",
                "too many failed identifications, retry in " + seconds(wait) + " s");
        this.wait = wait;
    }

    long retryAfterSeconds() {
        return seconds(wait);
    }

    static String inChinese(Duration wait) {
        long seconds = seconds(wait);
        return seconds < 60 ? " " + seconds + " 秒" : " " + (seconds + 59) / 60 + " 分钟";
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
