package org.jobmatch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A PostgreSQL run directly as our child (not through pg_ctl, so we own the process). */
final class PostgresServer {

    static final String NAME = "PostgreSQL";
    static final String DATABASE = "jobmatch";
    static final String USER = "postgres";
    private static final String ID = "postgres";
    /** sun_path holds 108 bytes; beyond that we go without a Unix socket (we only use TCP). */
    private static final int MAX_SOCKET_PATH = 100;

    private final LaunchContext context;
    private final int port;
    private final Path home;
    private final ProcessSlot slot;

    /** Clears leftovers of a killed run and claims the port; the slow part is {@link #start()}. */
    PostgresServer(LaunchContext context) throws IOException {
        this.context = context;
        this.home = context.dataDir().resolve(ID);
        this.slot = new ProcessSlot(NAME, context.pidFile(ID));
        Signals.stopLeftovers(context.pidFile(ID), context.distributionMarker(ID + "-"), NAME, context.log());
        this.port = Ports.resolve(context.properties().postgresPort(), "JOBMATCH_EMBEDDED_POSTGRES_PORT");
    }

    String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void start() throws IOException {
        Path dist = context.extractor().postgres();
        Path data = home.resolve("data");
        Path logs = home.resolve("log");
        Path sockets = home.resolve("run");
        Files.createDirectories(logs);
        Files.createDirectories(sockets);
        context.unprivileged().handOver(home);
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initdb(dist, data, logs);
        }
        removeStaleLockFile(data);
        List<String> command = command(dist, "bin/postgres", "-D", data.toString(), "-p", Integer.toString(port),
                "-h", "127.0.0.1", "-k", socketDirectory(sockets),
                // a batch writes ~300,000 rows at a time: with the defaults (128 MB, 1 GB of WAL) it forced a
                // checkpoint every few seconds and wrote each page it touched again in full to the WAL
                "-c", "shared_buffers=512MB", "-c", "max_wal_size=4GB");
        ChildProcess process = slot.spawn(new ProcessBuilder(command).directory(home.toFile()),
                logs.resolve("console.log"));
        process.awaitReady(context.properties().startTimeout(), this::acceptsConnections);
        createDatabaseIfMissing();
    }

    /** Initialises into a scratch directory renamed at the end, so a crash never leaves half a cluster. */
    private void initdb(Path dist, Path data, Path logs) throws IOException {
        if (Files.exists(data)) {
            // initdb's rename is atomic, so this is not ours to delete
            throw new IllegalStateException(data + " 不是 PostgreSQL 数据目录 (is not a PostgreSQL data directory:"
                    + " PG_VERSION is missing): move it away or set JOBMATCH_DATA_DIR to another directory");
        }
        Path scratch = home.resolve("data-initdb");
        DistributionExtractor.deleteTree(scratch);
        context.log().info("正在初始化数据库目录 (running initdb) " + data);
        List<String> initdb = command(dist, "bin/initdb", "-D", scratch.toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--locale=C");
        ChildProcess process = ChildProcess.spawn(NAME + " initdb", new ProcessBuilder(initdb).directory(home.toFile()),
                logs.resolve("initdb.log"), context.pidFile(ID + "-initdb"));
        process.awaitExit(context.properties().startTimeout());
        Files.move(scratch, data);
    }

    /**
     * PostgreSQL removes its lock file itself when the recorded pid is dead, but not when the pid
     * was reused by another user's process (kill -0 then says EPERM). Leftovers are stopped by now.
     */
    private void removeStaleLockFile(Path data) throws IOException {
        Path lockFile = data.resolve("postmaster.pid");
        if (!Files.exists(lockFile)) {
            return;
        }
        String pid = Files.readAllLines(lockFile).stream().findFirst().orElse("").trim();
        boolean ours = pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive)
                .map(process -> Signals.commandLine(process.pid()).contains(context.distributionMarker(ID + "-")))
                .orElse(false);
        if (!ours) {
            context.log().info("删除过期的 (removing stale) " + lockFile);
            Files.delete(lockFile);
        }
    }

    private List<String> command(Path dist, String program, String... arguments) {
        List<String> command = new ArrayList<>(context.unprivileged().commandPrefix("INT"));
        command.add(dist.resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private String socketDirectory(Path sockets) {
        return sockets.resolve(".s.PGSQL." + port).toString().length() <= MAX_SOCKET_PATH ? sockets.toString() : "";
    }

    private boolean acceptsConnections() {
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rows.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE);
            context.log().info("已创建数据库 (created database) " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("无法创建数据库 (cannot create database) " + DATABASE, e);
        }
    }

    /** Straight through the driver: DriverManager may not see it from a nested jar on a worker thread. */
    private Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "10");
        return driver().connect(jdbcUrl(database), properties);
    }

    private static Driver driver() {
        try {
            return (Driver) Class.forName("org.postgresql.Driver", true, PostgresServer.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("找不到 PostgreSQL JDBC 驱动 (PostgreSQL JDBC driver missing)", e);
        }
    }

    void stop() {
        slot.stop("INT"); // fast shutdown: ends sessions, checkpoints, exits
    }

    List<Long> pids() {
        return slot.pids();
    }
}
