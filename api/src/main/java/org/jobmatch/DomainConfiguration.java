package org.jobmatch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jobmatch.domain.Gazetteer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain's plain-Java collaborators as beans. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Ages and validity dates are judged in China's time; tests and evaluations may pin the date. */
    @Bean
    Clock clock(@Value("${jobmatch.today:}") String today) {
        if (today.isBlank()) {
            return Clock.system(CHINA);
        }
        return Clock.fixed(LocalDate.parse(today).atTime(12, 0).atZone(CHINA).toInstant(), CHINA);
    }

    @Bean
    Gazetteer gazetteer(@Value("${jobmatch.gazetteer.dir:}") String extrasDir) throws IOException {
        return extrasDir.isBlank() ? Gazetteer.bundled() : Gazetteer.withExtras(Path.of(extrasDir));
    }
}
