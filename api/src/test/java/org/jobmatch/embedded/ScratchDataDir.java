package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** A data directory of its own for a test of the launcher, and what the tests check in it. */
final class ScratchDataDir {

    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.complementOf(EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

    private ScratchDataDir() {
    }

    /** Under target/, not @TempDir: that is rwx------, and the servers may run as nobody. */
    static Path create() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-it-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    static void delete(Path dir) throws IOException {
        DistributionExtractor.deleteTree(dir);
    }

    /**
     * Nothing in the servers' directories, nor in run/, can be read by group or others, and what is in the
     * servers' directories belongs to the user they run as.
     */
    static void assertOwnerOnly(Path dataDir, Unprivileged unprivileged) throws IOException {
        for (String server : List.of("postgres", "elasticsearch", "run")) {
            Path root = dataDir.resolve(server);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.toList()) {
                    assertOwnerOnly(path, unprivileged.isRoot() && !server.equals("run"));
                }
            }
        }
    }

    private static void assertOwnerOnly(Path path, boolean belongsToNobody) throws IOException {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException goneMeanwhile) {
            return;
        }
        if (attributes.isDirectory() || attributes.isRegularFile()) {
            assertThat(attributes.permissions()).as(path + " is for its owner only").doesNotContainAnyElementsOf(
                    GROUP_AND_OTHERS);
            if (belongsToNobody) {
                assertThat(Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS)).as(path + "'s owner")
                        .isEqualTo(Unprivileged.NOBODY);
            }
        }
    }
}
