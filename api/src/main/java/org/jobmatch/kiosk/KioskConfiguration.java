package org.jobmatch.kiosk;

import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sessions and throttles measure real elapsed time, so they use the system clock, not the application's
 * {@link Clock} bean (which may pin the business date).
 */
@Configuration(proxyBeanMethods = false)
class KioskConfiguration {

    @Bean
    KioskSessions kioskSessions(KioskProperties properties) {
        return new KioskSessions(properties.sessionIdle(), properties.sessionMaxAge(), Clock.systemUTC(),
                new SecureRandom());
    }

    @Bean
    KioskGuard kioskGuard(KioskProperties p) {
        Clock clock = Clock.systemUTC();
        return new KioskGuard(
                new AttemptThrottle(p.identityFreeFailures(), p.baseDelay(), p.maxDelay(), p.forgetAfter(), clock),
                new AttemptThrottle(p.kioskFreeFailures(), p.baseDelay(), p.maxDelay(), p.forgetAfter(), clock));
    }
}
