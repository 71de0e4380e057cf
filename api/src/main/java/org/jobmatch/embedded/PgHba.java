package org.jobmatch.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Our pg_hba.conf: every connection, over TCP or the Unix socket, needs the superuser password (scram-sha-256).
 * It names the password it was written for (by a hash), so a file that is not exactly ours (one of an earlier
 * version that trusted every local connection, or written for another password) tells us to set the password
 * again before writing it.
 */
final class PgHba {

    static final String FILE = "pg_hba.conf";
    private static final String[][] LINES = {
        {"local", "all", "all", "", "scram-sha-256"},
        {"host", "all", "all", "127.0.0.1/32", "scram-sha-256"},
        {"host", "all", "all", "::1/128", "scram-sha-256"},
        {"local", "replication", "all", "", "scram-sha-256"},
        {"host", "replication", "all", "127.0.0.1/32", "scram-sha-256"},
        {"host", "replication", "all", "::1/128", "scram-sha-256"},
    };

    private PgHba() {
    }

    static String content(String password) {
        StringBuilder text = new StringBuilder()
                .append("# Written by jobmatch on every start; edits are overwritten.\n")
                .append("# Every connection needs the password in ../superuser.password (scram-sha-256).\n")
                .append("# password-id ").append(passwordId(password)).append('\n');
        for (String[] line : LINES) {
            text.append(String.format("%-7s %-12s %-5s %-14s %s", (Object[]) line)).append('\n');
        }
        return text.toString();
    }

    /** Whether {@code current} (the file's content, if any) is ours for this password. */
    static boolean isCurrent(Optional<String> current, String password) {
        return current.map(text -> text.equals(content(password))).orElse(false);
    }

    /** Whether {@code text} lets anyone in without a password, as earlier versions' files did. */
    static boolean trustsAnyone(String text) {
        return text.lines().map(String::strip).filter(line -> !line.startsWith("#"))
                .anyMatch(line -> line.matches(".*\\s(trust|peer|ident)(\\s.*)?"));
    }

    private static String passwordId(String password) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("jobmatch pg_hba " + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
