package org.jobmatch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A PostgreSQL run directly as our child (not through pg_ctl, so we own the process). Every connection needs
 * the generated superuser password; a crashed or killed server comes back by itself.
 */
final class PostgresServer {

    static final String NAME = "PostgreSQL";
    static final String DATABASE = "jobmatch";
    static final String USER = "postgres";
    static final String ID = "postgres";
    static final String PASSWORD_FILE = "superuser.password";
    /** sun_path holds 108 bytes; beyond that we go without a Unix socket (we only use TCP). */
    private static final int MAX_SOCKET_PATH = 100;
    /** Wrong password or no such role: waiting will not help. */
    private static final Set<String> LOGIN_REFUSED = Set.of("28P01", "28000");

    private final LaunchContext context;
    private final int port;
    private final Path home;
    private final String password;
    private final PostgresCluster cluster;
    private final ProcessSlot slot;
    private final AutoRestart restarts;

    /** Clears leftovers of a killed run, claims the port, reads the password; the slow part is {@link #start()}. */
    PostgresServer(LaunchContext context) throws IOException {
        this.context = context;
        this.home = OwnerOnly.createDirectories(context.dataDir().resolve(ID));
        this.password = PasswordFile.readOrCreate(home.resolve(PASSWORD_FILE));
        this.cluster = new PostgresCluster(context, home, home.resolve(PASSWORD_FILE), password);
        this.slot = new ProcessSlot(NAME, context.pidFile(ID));
        this.restarts = new AutoRestart(NAME, slot, this::start, context.log());
        Signals.stopLeftovers(context.pidFile(ID), context.distributionMarker(ID + "-"), NAME, context.log());
        this.port = Ports.resolve(context.properties().postgresPort(), "JOBMATCH_EMBEDDED_POSTGRES_PORT");
    }

    String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    String password() {
        return password;
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void start() throws IOException {
        Path dist = context.extractor().postgres();
        Path data = cluster.data();
        Path sockets = home.resolve("run");
        Files.createDirectories(home.resolve("log"));
        Files.createDirectories(sockets);
        OwnerOnly.restrict(home);
        context.unprivileged().handOver(home);
        removeStaleLockFile(data);
        cluster.prepare(dist);
        List<String> arguments = List.of("-D", data.toString(), "-p", Integer.toString(port),
                "-h", "127.0.0.1", "-k", socketDirectory(sockets),
                // a batch writes ~300,000 rows at a time: with the defaults (128 MB, 1 GB of WAL) it forced a
                // checkpoint every few seconds and wrote each page it touched again in full to the WAL
                "-c", "shared_buffers=512MB", "-c", "max_wal_size=4GB");
        ChildProcess process = slot.spawn(new ProcessBuilder(context.command("INT", dist.resolve("bin/postgres"), arguments))
                .directory(home.toFile()), context.consoleLog(home.resolve("log"), "console.log"));
        process.awaitReady(context.startLimit(), this::acceptsConnections);
        createDatabaseIfMissing();
        restarts.watch(process); // requests meanwhile fail fast (503) and work again once it is back
    }

    /**
     * PostgreSQL removes its lock file itself when the recorded pid is dead (after checking that no orphaned
     * backend of a killed postmaster still uses its shared memory, so we must leave that case to it), but not
     * when the pid was reused by another process of the user it runs as. Leftovers are stopped by now.
     */
    private void removeStaleLockFile(Path data) throws IOException {
        Path lockFile = data.resolve("postmaster.pid");
        if (!Files.exists(lockFile)) {
            return;
        }
        String pid = Files.readAllLines(lockFile).stream().findFirst().orElse("").trim();
        boolean reused = !pid.matches("\\d+") || ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive)
                .map(process -> !Signals.commandLine(process.pid()).contains(context.distributionMarker(ID + "-")))
                .orElse(false);
        if (reused) {
            context.log().info("删除过期的 (removing stale) " + lockFile);
            Files.delete(lockFile);
        }
    }

    private String socketDirectory(Path sockets) {
        return sockets.resolve(".s.PGSQL." + port).toString().length() <= MAX_SOCKET_PATH ? sockets.toString() : "";
    }

    private boolean acceptsConnections() {
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            if (LOGIN_REFUSED.contains(e.getSQLState())) {
                throw new IllegalStateException(NAME + " 拒绝了 " + home.resolve(PASSWORD_FILE) + " 中的密码 (refused"
                        + " the password in that file): delete the file to have a new one set on the next start", e);
            }
            return false; // not up yet, or recovering after a crash
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
        properties.setProperty("password", password);
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
