package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {

    @TempDir
    Path dir;

    @Test
    void takesGroupAndOthersOffEverythingBelowAndKeepsTheOwnersBits() throws Exception {
        Path data = Files.createDirectories(dir.resolve("server/data"));
        Path log = Files.writeString(dir.resolve("server/console.log"), "started\n");
        Path script = Files.writeString(data.resolve("run.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxrwxr-x"));
        Path elsewhere = Files.writeString(dir.resolve("shared.txt"), "not ours to restrict");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(dir.resolve("server/link"), elsewhere);

        OwnerOnly.restrict(dir.resolve("server"));

        assertThat(mode(dir.resolve("server"))).isEqualTo("rwx------");
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(log)).isEqualTo("rw-------");
        assertThat(mode(script)).isEqualTo("rwx------");
        assertThat(mode(elsewhere)).as("a link's target").isEqualTo("rw-r--r--");
    }

    @Test
    void letsOthersOnlyPassThroughTheDataDirectoryWhenTheServersRunAsAnotherUser() throws Exception {
        OwnerOnly.restrictDataDir(dir, true);
        assertThat(mode(dir)).isEqualTo("rwx--x--x");

        OwnerOnly.restrictDataDir(dir, false);
        assertThat(mode(dir)).isEqualTo("rwx------");
    }

    @Test
    void writesFilesOnlyTheOwnerCanReadReplacingTheOldOne() throws Exception {
        Path file = Files.writeString(dir.resolve("secret"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnly.write(file, "new");

        assertThat(file).hasContent("new");
        assertThat(mode(file)).isEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no temporary file left
        }
    }

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
