package org.jobmatch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The Elasticsearch and PostgreSQL this JVM runs as child processes, one set per data
 * directory, shared by every Spring context of the JVM (tests cache contexts).
 */
public final class EmbeddedServers {

    private static final Map<Path, EmbeddedServers> SHARED = new HashMap<>();

    private final LaunchContext context;
    private final DataDirLock lock;
    private final Map<String, CompletableFuture<Void>> starts = new HashMap<>();
    private volatile Optional<ElasticsearchServer> elasticsearch = Optional.empty();
    private volatile Optional<PostgresServer> postgres = Optional.empty();
    private boolean stopped;

    private EmbeddedServers(LaunchContext context) {
        this.context = context;
        this.lock = DataDirLock.acquire(context.dataDir().resolve("run"));
    }

    /** Starts (or reuses) the servers for {@code properties.dataDir()} and waits until they answer. */
    public static EmbeddedServers startShared(EmbeddedServersProperties properties, boolean needElasticsearch,
            boolean needPostgres) {
        return launchShared(properties, needElasticsearch, needPostgres, LogFactory.getLog(EmbeddedServers.class))
                .awaitReady();
    }

    /** Claims ports and starts the missing servers in the background; {@link #awaitReady()} waits. */
    static synchronized EmbeddedServers launchShared(EmbeddedServersProperties properties, boolean needElasticsearch,
            boolean needPostgres, Log log) {
        EmbeddedServers servers = SHARED.computeIfAbsent(properties.dataDir(), dir -> create(properties, log));
        boolean fresh = servers.starts.isEmpty();
        try {
            servers.launchMissing(needElasticsearch, needPostgres);
        } catch (RuntimeException e) {
            if (fresh) {
                servers.stop(); // nobody else uses them yet
            }
            throw e;
        }
        return servers;
    }

    private static EmbeddedServers create(EmbeddedServersProperties properties, Log log) {
        Unprivileged unprivileged = Unprivileged.detect();
        Path dist = properties.dataDir().resolve("dist");
        try {
            Files.createDirectories(dist);
            OwnerOnly.restrictDataDir(properties.dataDir(), unprivileged.isRoot());
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建数据目录 (cannot create the data directory) " + dist, e);
        }
        unprivileged.checkTraversable(dist);
        var extractor = new DistributionExtractor(dist, unprivileged, log);
        ShutdownHook.ensureRegistered(EmbeddedServers::stopAll);
        return new EmbeddedServers(new LaunchContext(properties, unprivileged, extractor, log));
    }

    private synchronized void launchMissing(boolean needElasticsearch, boolean needPostgres) {
        try {
            if (needElasticsearch && elasticsearch.isEmpty()) {
                ElasticsearchServer server = new ElasticsearchServer(context);
                elasticsearch = Optional.of(server);
                starts.put(ElasticsearchServer.NAME, startInBackground(ElasticsearchServer.NAME, server::start, server.uri().toString()));
            }
            if (needPostgres && postgres.isEmpty()) {
                PostgresServer server = new PostgresServer(context);
                postgres = Optional.of(server);
                starts.put(PostgresServer.NAME, startInBackground(PostgresServer.NAME, server::start, server.jdbcUrl()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("无法准备嵌入式服务 (cannot prepare the embedded servers)", e);
        }
    }

    private interface Start {
        void run() throws IOException;
    }

    private CompletableFuture<Void> startInBackground(String name, Start start, String address) {
        Log log = context.log();
        return CompletableFuture.runAsync(() -> {
            long started = System.nanoTime();
            log.info("正在启动 " + name + " (starting " + name + ") ...");
            try {
                start.run();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
            log.info(name + " 已就绪 (ready) in " + Durations.seconds(started) + " at " + address);
        }, task -> {
            Thread thread = new Thread(task, "jobmatch-embedded-start-" + name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Waits for every server to be ready; on failure stops them all and rethrows. */
    EmbeddedServers awaitReady() {
        return awaitReady(false);
    }

    /**
     * Waits for PostgreSQL only (schema migration needs it while the context refreshes); Elasticsearch
     * keeps starting meanwhile, so the two slow starts overlap.
     */
    EmbeddedServers awaitPostgres() {
        return awaitReady(true);
    }

    private EmbeddedServers awaitReady(boolean postgresOnly) {
        List<CompletableFuture<Void>> pending;
        synchronized (this) {
            pending = postgresOnly ? Optional.ofNullable(starts.get(PostgresServer.NAME)).stream().toList()
                    : List.copyOf(starts.values());
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
            return this;
        } catch (CompletionException e) {
            stop();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public Optional<URI> elasticsearchUri() {
        return elasticsearch.map(ElasticsearchServer::uri);
    }

    public Optional<String> jdbcUrl() {
        return postgres.map(PostgresServer::jdbcUrl);
    }

    /** The generated password every connection to the embedded PostgreSQL needs. */
    public Optional<String> postgresPassword() {
        return postgres.map(PostgresServer::password);
    }

    /** Stops both servers (in parallel) and frees the data directory; idempotent, a second caller waits. */
    public void stop() {
        synchronized (EmbeddedServers.class) {
            SHARED.remove(context.dataDir(), this);
        }
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            long started = System.nanoTime();
            context.log().info("正在停止嵌入式服务 (stopping the embedded servers) ...");
            CompletableFuture<Void> es = CompletableFuture.runAsync(() -> elasticsearch.ifPresent(ElasticsearchServer::stop));
            postgres.ifPresent(PostgresServer::stop);
            es.join();
            lock.close();
            context.log().info("嵌入式服务已停止 (embedded servers stopped) in " + Durations.seconds(started));
        }
    }

    /** Pids of all server processes, for tests that check nothing outlives {@link #stop()}. */
    List<Long> pids() {
        return Stream.concat(elasticsearch.stream().flatMap(es -> es.pids().stream()),
                postgres.stream().flatMap(pg -> pg.pids().stream())).toList();
    }

    private static void stopAll() {
        List<EmbeddedServers> all;
        synchronized (EmbeddedServers.class) {
            all = List.copyOf(SHARED.values());
        }
        all.forEach(EmbeddedServers::stop);
    }
}
