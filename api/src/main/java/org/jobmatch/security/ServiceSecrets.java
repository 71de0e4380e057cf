package org.jobmatch.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.jdbc.core.JdbcTemplate;

/** Signing keys kept in the ledger: made once, by whichever instance asks first, and shared by all. */
final class ServiceSecrets {

    private static final int KEY_BYTES = 32;

    private final JdbcTemplate jdbc;

    ServiceSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String get(String name) {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        jdbc.update("INSERT INTO service_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                name, Base64.getEncoder().encodeToString(key));
        return jdbc.queryForObject("SELECT value FROM service_secrets WHERE name = ?", String.class, name);
    }
}
