package org.jobmatch.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of the embedded Elasticsearch and PostgreSQL.
 *
 * <p>Spring properties: {@code jobmatch.data-dir}, {@code jobmatch.embedded.enabled},
 * {@code jobmatch.embedded.elasticsearch.port}, {@code jobmatch.embedded.elasticsearch.heap},
 * {@code jobmatch.embedded.postgres.port}, {@code jobmatch.embedded.start-timeout}.
 * A port of 0 means "pick a free port".
 */
public record EmbeddedServersProperties(
        Path dataDir,
        int elasticsearchPort,
        int postgresPort,
        String elasticsearchHeap,
        Duration startTimeout,
        boolean enabled) {

    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    public static final int DEFAULT_ELASTICSEARCH_PORT = 9200;
    public static final int DEFAULT_POSTGRES_PORT = 5432;
    public static final String DEFAULT_ELASTICSEARCH_HEAP = "512m";
    /** Generous: the first start on a busy 2-core machine took over 90 s; progress is logged meanwhile. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(10);

    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]");

    public EmbeddedServersProperties {
        Objects.requireNonNull(dataDir, "dataDir");
        dataDir = dataDir.toAbsolutePath().normalize();
        requirePort(elasticsearchPort, "jobmatch.embedded.elasticsearch.port");
        requirePort(postgresPort, "jobmatch.embedded.postgres.port");
        if (elasticsearchHeap == null || !HEAP.matcher(elasticsearchHeap).matches()) {
            throw new IllegalArgumentException("jobmatch.embedded.elasticsearch.heap 格式不对 (invalid heap size) '"
                    + elasticsearchHeap + "': use e.g. 512m or 1g");
        }
        if (startTimeout == null || startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException(StartLimit.PROPERTY + " 必须为正 (must be positive): " + startTimeout);
        }
    }

    /** Defaults for everything but the data directory. */
    public static EmbeddedServersProperties defaults(Path dataDir) {
        return new EmbeddedServersProperties(dataDir, DEFAULT_ELASTICSEARCH_PORT, DEFAULT_POSTGRES_PORT,
                DEFAULT_ELASTICSEARCH_HEAP, DEFAULT_START_TIMEOUT, true);
    }

    public EmbeddedServersProperties withPorts(int elasticsearch, int postgres) {
        return new EmbeddedServersProperties(dataDir, elasticsearch, postgres, elasticsearchHeap, startTimeout, enabled);
    }

    private static void requirePort(int port, String property) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(property + " 超出范围 (out of range 0-65535): " + port);
        }
    }
}
