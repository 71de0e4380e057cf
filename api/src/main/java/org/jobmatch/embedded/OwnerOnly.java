package org.jobmatch.embedded;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The servers' data, logs and secrets are for their owner only: directories 0700, files 0600. New files get
 * that from the servers' umask ({@link #UMASK_PREFIX}); files of earlier versions from {@link #restrict}.
 */
final class OwnerOnly {

    /** Put before a server's program: its files are created owner-only (setpriv cannot set a umask). */
    static final List<String> UMASK_PREFIX = List.of("/bin/sh", "-c", "umask 077 && exec \"$0\" \"$@\"");
    private static final Set<PosixFilePermission> OWNER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates {@code dir} and missing parents, then takes group and others off {@code dir}. */
    static Path createDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrictOne(dir);
        return dir;
    }

    /** Takes every permission of group and others off {@code root} and everything below it (links untouched). */
    static void restrict(Path root) throws IOException {
        if (!POSIX || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                restrictOne(path);
            }
        }
    }

    /**
     * The data directory itself: owner-only, except that others may pass through it (not list it) when
     * {@code othersPassThrough}, as the unprivileged user the servers run as must reach their own directories.
     */
    static void restrictDataDir(Path dataDir, boolean othersPassThrough) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString(
                    othersPassThrough ? "rwx--x--x" : "rwx------"));
        }
    }

    /** Writes {@code text} to {@code file} atomically, as a file only its owner can read. */
    static void write(Path file, String text) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp",
                fileAttributes());
        try {
            Files.writeString(temp, text);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Owner read and write for a new file, where the file system knows POSIX permissions. */
    static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    private static void restrictOne(Path path) throws IOException {
        if (!POSIX) {
            return;
        }
        try {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory() && !attributes.isRegularFile()) {
                return; // links, sockets
            }
            Set<PosixFilePermission> kept = EnumSet.noneOf(PosixFilePermission.class);
            attributes.permissions().stream().filter(OWNER::contains).forEach(kept::add);
            if (!kept.equals(attributes.permissions())) {
                Files.setPosixFilePermissions(path, kept);
            }
        } catch (NoSuchFileException e) {
            // gone meanwhile: nothing to protect
        }
    }
}
