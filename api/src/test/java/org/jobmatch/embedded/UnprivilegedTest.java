package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnprivilegedTest {

    private final Optional<Path> setpriv = Optional.of(Path.of("/usr/bin/setpriv"));

    @Test
    void runsServersAsNobodyWhenRoot() {
        assertThat(new Unprivileged(true, setpriv).commandPrefix("INT")).containsExactly(
                "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--pdeathsig", "INT");
    }

    @Test
    void onlyAddsTheParentDeathSignalWhenNotRoot() {
        assertThat(new Unprivileged(false, setpriv).commandPrefix("TERM"))
                .containsExactly("/usr/bin/setpriv", "--pdeathsig", "TERM");
    }

    @Test
    void runsServersDirectlyWithoutSetprivWhenNotRoot() {
        assertThat(new Unprivileged(false, Optional.empty()).commandPrefix("TERM")).isEmpty();
    }

    @Test
    void refusesRootWithoutSetpriv() {
        assertThatThrownBy(() -> new Unprivileged(true, Optional.empty()).commandPrefix("TERM"))
                .hasMessageContaining("setpriv");
    }

    @Test
    void explainsADataDirectoryNobodyCannotReach(@TempDir Path privateDir) throws Exception {
        Files.setPosixFilePermissions(privateDir, PosixFilePermissions.fromString("rwx------"));
        Path data = Files.createDirectory(privateDir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThatThrownBy(() -> new Unprivileged(true, setpriv).checkTraversable(data))
                .hasMessageContaining(privateDir + " lacks o+x")
                .hasMessageContaining("JOBMATCH_DATA_DIR");
    }

    @Test
    void readsTheEffectiveUidFromProcStatus() {
        String status = "Name:\tjava\nUid:\t1000\t0\t0\t0\nGid:\t1000\t1000\t1000\t1000\n";

        assertThat(Unprivileged.parseEffectiveUid(status)).contains(0);
    }
}
