package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleLogTest {

    @TempDir
    Path dir;

    private final Unprivileged notRoot = new Unprivileged(false, Optional.empty());

    @Test
    void keepsTheOutputOfEarlierStarts() throws Exception {
        ConsoleLog log = new ConsoleLog(dir.resolve("console.log"), notRoot);

        log.begin("PostgreSQL");
        Files.writeString(log.file(), "killed\n", StandardOpenOption.APPEND);
        log.begin("PostgreSQL");
        Files.writeString(log.file(), "recovered\n", StandardOpenOption.APPEND);

        assertThat(Files.readString(log.file())).containsSubsequence("jobmatch: PostgreSQL", "killed",
                "jobmatch: PostgreSQL", "recovered");
        assertThat(log.tail(1)).isEqualTo("recovered");
        assertThat(OwnerOnlyTest.mode(log.file())).isEqualTo("rw-------");
    }

    @Test
    void keepsTheOldPartAsDotOneOnceItIsLarge() throws Exception {
        ConsoleLog log = new ConsoleLog(dir.resolve("console.log"), notRoot);
        log.begin("Elasticsearch");
        Files.write(log.file(), new byte[(int) ConsoleLog.ROTATE_AT], StandardOpenOption.APPEND);
        Files.writeString(log.file(), "\nlast words\n", StandardOpenOption.APPEND);

        log.begin("Elasticsearch");

        assertThat(dir.resolve("console.log.1")).exists();
        assertThat(new ConsoleLog(dir.resolve("console.log.1"), notRoot).tail(1)).isEqualTo("last words");
        assertThat(Files.size(log.file())).isLessThan(200);
    }
}
