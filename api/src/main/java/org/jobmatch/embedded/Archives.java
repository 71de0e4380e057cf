package org.jobmatch.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** Unpacks the bundled distributions keeping Unix file modes and symlinks. */
final class Archives {

    private static final PosixFilePermission[] BITS = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

    private Archives() {
    }

    /** Unzips {@code zip} into {@code target}, dropping the archive's single top folder. */
    static void unzipStrippingTopFolder(Path zip, Path target) throws IOException {
        List<Runnable> directoryModes = new ArrayList<>();
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path path = inside(target, name);
                if (name.isEmpty() || entry.isDirectory()) {
                    Files.createDirectories(path);
                    directoryModes.add(() -> setMode(path, entry.getUnixMode()));
                } else if (entry.isUnixSymlink()) {
                    symlink(path, file.getUnixSymlink(entry));
                } else {
                    try (InputStream in = file.getInputStream(entry)) {
                        writeFile(path, in, entry.getUnixMode());
                    }
                }
            }
        }
        directoryModes.forEach(Runnable::run);
    }

    /** Finds the single {@code *.txz} inside {@code jar} (zonky's binaries) and untars it into {@code target}. */
    static void untarTxzInsideJar(InputStream jar, Path target) throws IOException {
        ZipInputStream zip = new ZipInputStream(jar);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.getName().endsWith(".txz")) {
                untar(new TarArchiveInputStream(new XZCompressorInputStream(zip)), target);
                return;
            }
        }
        throw new IOException("没有 .txz 文件 (no .txz entry in the PostgreSQL binaries jar)");
    }

    private static void untar(TarArchiveInputStream tar, Path target) throws IOException {
        List<Runnable> directoryModes = new ArrayList<>();
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            Path path = inside(target, entry.getName());
            int mode = entry.getMode();
            if (entry.isDirectory()) {
                Files.createDirectories(path);
                directoryModes.add(() -> setMode(path, mode));
            } else if (entry.isSymbolicLink()) {
                symlink(path, entry.getLinkName());
            } else if (entry.isLink()) {
                Files.createDirectories(path.getParent());
                Files.copy(inside(target, entry.getLinkName()), path, StandardCopyOption.COPY_ATTRIBUTES);
            } else if (entry.isFile()) {
                writeFile(path, tar, mode);
            }
        }
        directoryModes.forEach(Runnable::run);
    }

    private static Path inside(Path root, String name) throws IOException {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("压缩包路径越界 (archive entry outside the target): " + name);
        }
        return path;
    }

    private static void writeFile(Path path, InputStream in, int mode) throws IOException {
        Files.createDirectories(path.getParent());
        Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
        setMode(path, mode);
    }

    private static void symlink(Path path, String linkTarget) throws IOException {
        Files.createDirectories(path.getParent());
        Files.deleteIfExists(path);
        Files.createSymbolicLink(path, Path.of(linkTarget));
    }

    private static void setMode(Path path, int mode) {
        if (mode == 0) {
            return; // archive made without Unix modes: keep the defaults
        }
        try {
            Files.setPosixFilePermissions(path, permissions(mode));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: nothing to keep
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < BITS.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(BITS[bit]);
            }
        }
        return permissions;
    }
}
