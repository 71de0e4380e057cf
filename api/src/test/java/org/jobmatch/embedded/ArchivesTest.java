package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivesTest {

    @TempDir
    Path target;

    @Test
    void mapsUnixModesToPermissions() {
        assertThat(PosixFilePermissions.toString(Archives.permissions(0755))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Archives.permissions(0100640))).isEqualTo("rw-r-----");
    }

    @Test
    void keepsExecutablesAndSymlinksOfTheTxzInsideTheBinariesJar() throws IOException {
        byte[] jar = jarWith("postgres-linux-x86_64.txz", txz());

        Archives.untarTxzInsideJar(new ByteArrayInputStream(jar), target);

        assertThat(target.resolve("bin/postgres")).hasContent("#!/bin/sh");
        assertThat(Files.isExecutable(target.resolve("bin/postgres"))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("lib/libpq.so.5.17"))))
                .isEqualTo("rw-r--r--");
        assertThat(Files.readSymbolicLink(target.resolve("lib/libpq.so"))).isEqualTo(Path.of("libpq.so.5.17"));
    }

    private static byte[] txz() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZCompressorOutputStream(bytes))) {
            addFile(tar, "bin/postgres", "#!/bin/sh", 0755);
            addFile(tar, "lib/libpq.so.5.17", "ELF", 0644);
            TarArchiveEntry link = new TarArchiveEntry("lib/libpq.so", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("libpq.so.5.17");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    private static void addFile(TarArchiveOutputStream tar, String name, String content, int mode) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(data.length);
        entry.setMode(mode);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
    }

    private static byte[] jarWith(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
