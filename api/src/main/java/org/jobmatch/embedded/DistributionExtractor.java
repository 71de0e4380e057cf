package org.jobmatch.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;

/**
 * Unpacks the distributions bundled in the jar into {@code <dataDir>/dist/<name>-<version>/},
 * once: a marker file says an extraction finished, and extraction happens in a temporary
 * directory renamed at the end, so a crash never leaves a half-extracted distribution.
 */
final class DistributionExtractor {

    static final String ELASTICSEARCH_ZIP = "embedded/elasticsearch.zip";
    static final String POSTGRES_JAR = "embedded/postgres-binaries.jar";
    private static final String VERSIONS = "embedded/distributions.properties";
    private static final String MARKER = ".jobmatch-extracted";

    private final Path distRoot;
    private final Unprivileged unprivileged;
    private final Log log;

    DistributionExtractor(Path distRoot, Unprivileged unprivileged, Log log) {
        this.distRoot = distRoot;
        this.unprivileged = unprivileged;
        this.log = log;
    }

    Path elasticsearch() {
        return ensure("elasticsearch-" + version("elasticsearch.version"), ELASTICSEARCH_ZIP, (in, dir) -> {
            Path zip = Files.createTempFile(distRoot, ".download-", ".zip");
            try {
                Files.copy(in, zip, StandardCopyOption.REPLACE_EXISTING);
                Archives.unzipStrippingTopFolder(zip, dir);
            } finally {
                Files.deleteIfExists(zip);
            }
        });
    }

    Path postgres() {
        return ensure("postgres-" + version("postgres.version"), POSTGRES_JAR, Archives::untarTxzInsideJar);
    }

    private interface Extraction {
        void extract(InputStream resource, Path target) throws IOException;
    }

    private Path ensure(String name, String resource, Extraction extraction) {
        Path target = distRoot.resolve(name);
        if (Files.exists(target.resolve(MARKER))) {
            return target;
        }
        long started = System.nanoTime();
        log.info("正在解压 (extracting) " + name + " -> " + target);
        try {
            Files.createDirectories(distRoot);
            deleteEarlierAttempts(name);
            Path temp = Files.createTempDirectory(distRoot, ".tmp-" + name + "-");
            try (InputStream in = open(resource)) {
                extraction.extract(in, temp);
            }
            unprivileged.handOver(temp);
            Files.createFile(temp.resolve(MARKER));
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("解压失败 (extraction failed) " + resource + " -> " + target, e);
        }
        log.info("已解压 (extracted) " + name + " in " + Durations.seconds(started));
        return target;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        deleteTree(target); // a directory without the marker is a broken earlier attempt
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            deleteTree(temp); // somebody else finished first
        }
    }

    private void deleteEarlierAttempts(String name) throws IOException {
        try (Stream<Path> entries = Files.list(distRoot)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(".tmp-" + name + "-")).toList()) {
                deleteTree(entry);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static InputStream open(String resource) {
        InputStream in = DistributionExtractor.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("找不到内置的发行包 " + resource + " (bundled server distribution missing"
                    + " from the classpath): build the jar with ./mvnw package, which copies it into"
                    + " target/classes/embedded/, or configure spring.elasticsearch.uris and"
                    + " spring.datasource.url to use external servers");
        }
        return in;
    }

    private static String version(String key) {
        Properties versions = new Properties();
        try (InputStream in = open(VERSIONS)) {
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = versions.getProperty(key, "");
        if (version.isBlank() || version.startsWith("@")) {
            throw new IllegalStateException(VERSIONS + " 缺少 (lacks) " + key + ": the jar was built without resource filtering");
        }
        return version;
    }
}
