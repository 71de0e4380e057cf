package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {

    @TempDir
    Path dir;

    @Test
    void generatesAPasswordInAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = dir.resolve("superuser.password");

        String password = PasswordFile.readOrCreate(file);

        assertThat(password).matches("[A-Za-z0-9_-]{32}");
        assertThat(Files.readString(file).strip()).isEqualTo(password);
        assertThat(OwnerOnlyTest.mode(file)).isEqualTo("rw-------");
    }

    @Test
    void reusesThePasswordOnTheNextStart() throws Exception {
        Path file = dir.resolve("superuser.password");
        String first = PasswordFile.readOrCreate(file);

        assertThat(PasswordFile.readOrCreate(file)).isEqualTo(first);
    }

    @Test
    void tightensAFileRestoredWithLooserPermissions() throws Exception {
        Path file = Files.writeString(dir.resolve("superuser.password"), "restored-password\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(PasswordFile.readOrCreate(file)).isEqualTo("restored-password");
        assertThat(OwnerOnlyTest.mode(file)).isEqualTo("rw-------");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path file = Files.writeString(dir.resolve("superuser.password"), "\n");

        assertThatThrownBy(() -> PasswordFile.readOrCreate(file)).hasMessageContaining("is empty");
    }

    @Test
    void generatesADifferentPasswordEachTime() {
        assertThat(PasswordFile.generate()).isNotEqualTo(PasswordFile.generate());
    }
}
