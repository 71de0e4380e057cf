package org.jobmatch.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class AdminBootstrapTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Users users = new Users();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream original;

    @TempDir
    Path dataDir;

    @BeforeEach
    void captureConsole() {
        original = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(original);
    }

    @Test
    void theFirstStartGeneratesAPasswordPrintsItOnceAndKeepsItForTheOwnerOnly() throws Exception {
        AdminBootstrap bootstrap = new AdminBootstrap(users, encoder, new AdminProperties(null), dataDir);

        bootstrap.ensureAdmin();
        bootstrap.ensureAdmin();

        Path file = dataDir.resolve("initial-admin-password");
        String password = Files.readString(file).strip();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(encoder.matches(password, users.hashes.get("admin"))).isTrue();
        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(printed.split(password, -1)).hasSize(2); // printed exactly once
        assertThat(bootstrap.passwordHint()).isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    void aPasswordFromTheEnvironmentIsNeitherPrintedNorWritten() {
        AdminBootstrap bootstrap = new AdminBootstrap(users, encoder, new AdminProperties("from-the-environment"), dataDir);

        bootstrap.ensureAdmin();

        assertThat(encoder.matches("from-the-environment", users.hashes.get("admin"))).isTrue();
        assertThat(Files.exists(dataDir.resolve("initial-admin-password"))).isFalse();
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("from-the-environment");
        assertThat(bootstrap.passwordHint()).isEqualTo("JOBMATCH_ADMIN_PASSWORD");
    }

    /** The users table, in a map. */
    static final class Users extends AccountStore {

        final Map<String, String> hashes = new HashMap<>();

        Users() {
            super(null);
        }

        @Override
        boolean exists(String username) {
            return hashes.containsKey(username);
        }

        @Override
        boolean insert(UserView user, String passwordHash, String createdBy) {
            return hashes.putIfAbsent(user.username(), passwordHash) == null;
        }
    }
}
