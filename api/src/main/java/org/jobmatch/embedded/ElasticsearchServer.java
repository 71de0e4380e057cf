package org.jobmatch.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A single-node Elasticsearch run from the bundled distribution with the JVM we run on. */
final class ElasticsearchServer {

    static final String NAME = "Elasticsearch";
    private static final String ID = "elasticsearch";

    private final LaunchContext context;
    private final int httpPort;
    private final Path home;
    private final ProcessSlot slot;
    private final AutoRestart restarts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Clears leftovers of a killed run and claims the port; the slow part is {@link #start()}. */
    ElasticsearchServer(LaunchContext context) throws IOException {
        this.context = context;
        this.home = context.dataDir().resolve(ID);
        this.slot = new ProcessSlot(NAME, context.pidFile(ID));
        this.restarts = new AutoRestart(NAME, slot, this::start, context.log());
        Signals.stopLeftovers(context.pidFile(ID), context.distributionMarker(ID + "-"), NAME, context.log());
        this.httpPort = Ports.resolve(context.properties().elasticsearchPort(), "JOBMATCH_EMBEDDED_ELASTICSEARCH_PORT");
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** Starts Elasticsearch and waits until it answers; a crashed or killed one comes back by itself. */
    void start() throws IOException {
        Path dist = context.extractor().elasticsearch();
        Path config = home.resolve("config");
        Path logs = home.resolve("logs");
        Path tmp = home.resolve("tmp");
        DistributionExtractor.deleteTree(tmp); // the last run's temporary files
        for (Path dir : List.of(config, home.resolve("data"), logs, tmp)) {
            Files.createDirectories(dir);
        }
        writeConfig(dist, config, logs);
        OwnerOnly.restrict(home);
        context.unprivileged().handOver(home);
        ProcessBuilder builder = new ProcessBuilder(context.command("TERM", dist.resolve("bin/elasticsearch"), List.of()))
                .directory(home.toFile());
        environment(builder.environment(), config, tmp);
        ChildProcess process = slot.spawn(builder, context.consoleLog(logs, "console.log"));
        process.awaitReady(context.startLimit(), this::healthy);
        process.recordPids(); // now including the server JVM the launcher forked
        OwnerOnly.restrict(config); // the keystore it creates on its first start is rw-rw----
        restarts.watch(process); // the index relay then catches up
    }

    /**
     * The server JVM's temporary files go to {@code tmp} (ES_TMPDIR), and so do the launcher's: it leaves a
     * {@code final-flags*} folder in its java.io.tmpdir on every start, which would otherwise pile up in /tmp.
     */
    private void environment(Map<String, String> env, Path config, Path tmp) {
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_PATH_CONF", config.toString());
        env.put("ES_TMPDIR", tmp.toString());
        if (!tmp.toString().matches(".*\\s.*")) { // the launcher's options are split at spaces
            env.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
        }
        String heap = context.properties().elasticsearchHeap();
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        env.remove("JAVA_TOOL_OPTIONS");
    }

    private void writeConfig(Path dist, Path config, Path logs) throws IOException {
        copyMissing(dist.resolve("config"), config);
        Files.createDirectories(config.resolve("jvm.options.d"));
        int transportPort = Ports.freePort();
        boolean geoip = Files.isDirectory(dist.resolve("modules/ingest-geoip"));
        var settings = new ElasticsearchSettings(home.resolve("data"), logs, httpPort, transportPort, geoip);
        Files.writeString(config.resolve("elasticsearch.yml"), settings.toYaml());
    }

    /** Copies the distribution's default config files we do not write ourselves, keeping local edits. */
    private static void copyMissing(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    private boolean healthy() {
        HttpRequest request = HttpRequest.newBuilder(uri().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("被中断 (interrupted)", e);
        }
    }

    void stop() {
        slot.stop("TERM");
    }

    List<Long> pids() {
        return slot.pids();
    }
}
