package org.jobmatch.embedded;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's data directory. A new one is made by initdb with password authentication from the start. One
 * whose pg_hba.conf is not ours for the current password (an earlier version's, which trusted every local
 * connection) first gets the password, in single-user mode where nobody can connect, then our pg_hba.conf.
 */
final class PostgresCluster {

    private final LaunchContext context;
    private final Path home;
    private final Path data;
    private final Path passwordFile;
    private final String password;

    PostgresCluster(LaunchContext context, Path home, Path passwordFile, String password) {
        this.context = context;
        this.home = home;
        this.data = home.resolve("data");
        this.passwordFile = passwordFile;
        this.password = password;
    }

    Path data() {
        return data;
    }

    /** Creates or updates the data directory; the server must not be running. */
    void prepare(Path dist) throws IOException {
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initdb(dist);
            return;
        }
        Path hba = data.resolve(PgHba.FILE);
        Optional<String> current = Files.exists(hba) ? Optional.of(Files.readString(hba)) : Optional.empty();
        if (!PgHba.isCurrent(current, password)) {
            context.log().info(current.filter(PgHba::trustsAnyone).isPresent()
                    ? "正在为数据库启用密码认证 (switching PostgreSQL from trust to password authentication)"
                    : "正在设置数据库密码 (setting the PostgreSQL password from " + passwordFile + ")");
            setPassword(dist);
            writeHba(data);
        }
    }

    /** Initialises into a scratch directory renamed at the end, so a crash never leaves half a cluster. */
    private void initdb(Path dist) throws IOException {
        if (Files.exists(data)) {
            // initdb's rename is atomic, so this is not ours to delete
            throw new IllegalStateException(data + " 不是 PostgreSQL 数据目录 (is not a PostgreSQL data directory:"
                    + " PG_VERSION is missing): move it away or set JOBMATCH_DATA_DIR to another directory");
        }
        Path scratch = home.resolve("data-initdb");
        DistributionExtractor.deleteTree(scratch);
        context.log().info("正在初始化数据库目录 (running initdb) " + data);
        run("initdb", dist.resolve("bin/initdb"), List.of("-D", scratch.toString(), "-U", PostgresServer.USER,
                "--auth=scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C"), Redirect.PIPE);
        writeHba(scratch);
        Files.move(scratch, data);
    }

    /** Hands the server a SCRAM verifier, never the password itself. */
    private void setPassword(Path dist) throws IOException {
        Path statement = home.resolve("set-password.sql");
        String verifier = ScramVerifier.of(password);
        OwnerOnly.write(statement, "ALTER ROLE " + PostgresServer.USER + " PASSWORD '" + verifier + "';\n");
        try {
            run("single-user", dist.resolve("bin/postgres"), List.of("--single", "-D", data.toString(),
                    "-c", "exit_on_error=on", "postgres"), Redirect.from(statement.toFile()));
        } finally {
            Files.deleteIfExists(statement);
        }
    }

    /** Runs a one-off command ({@code what}: its log and pid file are named after it) and waits for it. */
    private void run(String what, Path program, List<String> arguments, Redirect input) {
        ProcessBuilder builder = new ProcessBuilder(context.command("INT", program, arguments))
                .directory(home.toFile()).redirectInput(input);
        ConsoleLog log = context.consoleLog(home.resolve("log"), what + ".log");
        ChildProcess.spawn(PostgresServer.NAME + " " + what, builder, log, context.pidFile(PostgresServer.ID + "-" + what))
                .awaitExit(context.startLimit());
    }

    private void writeHba(Path dir) throws IOException {
        Path file = dir.resolve(PgHba.FILE);
        OwnerOnly.write(file, PgHba.content(password));
        context.unprivileged().handOver(file);
    }
}
