package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PasswordUtil;

class ScramVerifierTest {

    @Test
    void matchesWhatThePostgresqlDriverComputes() {
        byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
        String password = PasswordFile.generate();

        assertThat(ScramVerifier.of(password, salt, 4096))
                .isEqualTo(PasswordUtil.encodeScramSha256(password.toCharArray(), 4096, salt));
    }

    @Test
    void saltsEachVerifierAnew() {
        assertThat(ScramVerifier.of("secret")).startsWith("SCRAM-SHA-256$4096:").isNotEqualTo(ScramVerifier.of("secret"));
    }

    @Test
    void refusesPasswordsThatWouldNeedSaslprep() {
        assertThatThrownBy(() -> ScramVerifier.of("密码")).isInstanceOf(IllegalArgumentException.class);
    }
}
