package org.jobmatch.security;

import java.time.Duration;
import java.util.Locale;

import org.jobmatch.attempts.AttemptLimiter;
import org.jobmatch.attempts.AttemptPolicy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password checks with limits on guessing, kept in the ledger: per user name and client address, and per user
 * name from anywhere (more generous, so that nobody locks a colleague out from one machine for long).
 */
final class ThrottledLogins implements AuthenticationProvider {

    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final AuthenticationProvider passwords;
    private final AttemptLimiter limiter;
    private final AttemptPolicy perClient;
    private final AttemptPolicy perUser;

    ThrottledLogins(AuthenticationProvider passwords, AttemptLimiter limiter, SecurityProperties settings) {
        this.passwords = passwords;
        this.limiter = limiter;
        this.perClient = new AttemptPolicy(settings.loginFreeFailures(), settings.loginBaseDelay(),
                settings.loginMaxDelay(), FORGET_AFTER);
        this.perUser = new AttemptPolicy(settings.loginFreeFailuresPerUser(), settings.loginBaseDelay(),
                settings.loginMaxDelay(), FORGET_AFTER);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String user = "login:" + String.valueOf(attempt.getName()).toLowerCase(Locale.ROOT);
        String client = user + "@" + client(attempt);
        AttemptLimiter.Counted counted = limiter.counted(user, client);
        if (counted.lockedFor().isPresent()) {
            throw new LockedException("too many failed logins");
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            limiter.success(client, counted);
            return done;
        } catch (BadCredentialsException e) {
            limiter.failure(client, perClient);
            limiter.failure(user, perUser);
            throw e;
        }
    }

    private static String client(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "-";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
