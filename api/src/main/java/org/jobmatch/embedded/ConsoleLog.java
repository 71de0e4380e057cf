package org.jobmatch.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a server's console output, quoted when it fails to start. */
final class ConsoleLog {

    private ConsoleLog() {
    }

    static String tail(Path log, int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(日志不可读 (log unreadable): " + e.getMessage() + ")";
        }
    }
}
