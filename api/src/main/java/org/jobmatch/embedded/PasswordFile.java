package org.jobmatch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded PostgreSQL's superuser password: generated on first use, kept in a file only its owner can
 * read, and reused on every later start.
 */
final class PasswordFile {

    private static final int RANDOM_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordFile() {
    }

    /** The password in {@code file}, which is created with a new one when missing. */
    static String readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            OwnerOnly.write(file, generate() + "\n");
        }
        OwnerOnly.restrict(file); // a copy restored with looser permissions
        String password = Files.readString(file).strip();
        if (password.isEmpty()) {
            throw new IllegalStateException(file + " 是空的 (is empty): delete it to have a new password set on the"
                    + " next start");
        }
        return password;
    }

    /** Letters, digits, '-' and '_' only: safe in SQL, pg_hba.conf and URLs. */
    static String generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
