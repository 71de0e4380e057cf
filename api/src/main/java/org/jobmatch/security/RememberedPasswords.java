package org.jobmatch.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Programs send their password with every request; checking it with bcrypt each time costs ~80 ms. A password
 * that passed is remembered for a while as a keyed hash (never in clear), together with the stored hash it was
 * checked against: the account is still read every time, so a disabled account or a new password takes effect
 * at once.
 */
final class RememberedPasswords implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 1_000;

    private final AuthenticationProvider passwords;
    private final UserDetailsService users;
    private final Duration remember;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> verified = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private record Entry(String storedHash, Instant until) {
    }

    RememberedPasswords(AuthenticationProvider passwords, UserDetailsService users, Duration remember, Clock clock) {
        this.passwords = passwords;
        this.users = users;
        this.remember = remember;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String fingerprint = fingerprint(attempt.getName(), String.valueOf(attempt.getCredentials()));
        Entry entry;
        synchronized (verified) {
            entry = verified.get(fingerprint);
        }
        if (entry != null && entry.until().isAfter(clock.instant())) {
            Account account = current(attempt.getName());
            if (account != null && account.isEnabled() && Objects.equals(account.getPassword(), entry.storedHash())) {
                return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
            }
        }
        Authentication done = passwords.authenticate(attempt);
        if (done != null && done.getPrincipal() instanceof Account account) {
            synchronized (verified) {
                verified.put(fingerprint, new Entry(account.getPassword(), clock.instant().plus(remember)));
            }
        }
        return done;
    }

    private Account current(String username) {
        try {
            return users.loadUserByUsername(username) instanceof Account account ? account : null;
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((username + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
