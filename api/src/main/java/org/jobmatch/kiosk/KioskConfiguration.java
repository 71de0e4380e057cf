package org.jobmatch.kiosk;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

import org.jobmatch.attempts.AttemptLimiter;
import org.jobmatch.attempts.AttemptPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sessions measure real elapsed time, so they use the system clock, not the application's {@link Clock} bean
 * (which may pin the business date).
 */
@Configuration(proxyBeanMethods = false)
class KioskConfiguration {

    @Bean
    KioskSessions kioskSessions(KioskProperties properties) {
        return new KioskSessions(properties.sessionIdle(), properties.sessionMaxAge(), Clock.systemUTC(),
                new SecureRandom());
    }

    @Bean
    KioskGuard kioskGuard(AttemptLimiter limiter, KioskProperties p) {
        return new KioskGuard(limiter, policy(p, p.identityFreeFailures(), p.forgetAfter()),
                policy(p, p.kioskFreeFailures(), p.forgetAfter()),
                policy(p, p.globalFreeFailures(), p.globalForgetAfter()));
    }

    private static AttemptPolicy policy(KioskProperties p, int freeFailures, Duration forgetAfter) {
        return new AttemptPolicy(freeFailures, p.baseDelay(), p.maxDelay(), forgetAfter);
    }
}
