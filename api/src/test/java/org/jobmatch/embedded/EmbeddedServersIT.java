package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** Real servers in a scratch data directory: cold start, restart on the same data, Spring wiring. */
class EmbeddedServersIT {

    private static final Log LOG = LogFactory.getLog(EmbeddedServersIT.class);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path dataDir;

    @BeforeAll
    static void createDataDir() throws IOException {
        // Not @TempDir: that is rwx------, and the servers may run as nobody.
        dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-it-");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterAll
    static void deleteDataDir() throws IOException {
        DistributionExtractor.deleteTree(dataDir);
    }

    @Test
    void keepsDataAcrossRestartsAndLeavesNoProcessBehind() throws Exception {
        EmbeddedServersProperties properties = EmbeddedServersProperties.defaults(dataDir).withPorts(0, 0);
        EmbeddedServers cold = EmbeddedServers.startShared(properties, true, true);
        URI elasticsearch = cold.elasticsearchUri().orElseThrow();
        String jdbcUrl = cold.jdbcUrl().orElseThrow();
        assertThat(http("GET", elasticsearch.resolve("/_cluster/health"), "")).contains("\"cluster_name\":\"jobmatch\"");
        assertThat(queryInt(jdbcUrl, "select 1")).isEqualTo(1);
        writeSomething(elasticsearch, jdbcUrl);

        stopAndCheckProcessesAreGone(cold);

        long started = System.nanoTime();
        EmbeddedServers warm = EmbeddedServers.startShared(properties, true, true);
        LOG.info("热启动 (warm start) took " + Durations.seconds(started));
        assertThat(http("GET", warm.elasticsearchUri().orElseThrow().resolve("/it-persist/_count"), ""))
                .contains("\"count\":1");
        assertThat(queryInt(warm.jdbcUrl().orElseThrow(), "select count(*) from it_persist")).isEqualTo(1);
        stopAndCheckProcessesAreGone(warm);
    }

    @Test
    void pointsSpringAtTheServersItStarts() throws Exception {
        String externalDatabase = "jdbc:postgresql://db.example:5432/jobmatch";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .run("--jobmatch.data-dir=" + dataDir, "--jobmatch.embedded.elasticsearch.port=0",
                        "--spring.datasource.url=" + externalDatabase)) {
            EmbeddedServers servers = EmbeddedServers.startShared(
                    EmbeddedServersProperties.defaults(dataDir).withPorts(0, 0), false, false);
            assertThat(context.getEnvironment().getProperty("spring.elasticsearch.uris"))
                    .isEqualTo(servers.elasticsearchUri().orElseThrow().toString());
            assertThat(http("GET", servers.elasticsearchUri().orElseThrow().resolve("/_cluster/health"), ""))
                    .contains("\"cluster_name\":\"jobmatch\"");
            assertThat(servers.jdbcUrl()).isEmpty();
            assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(externalDatabase);
            stopAndCheckProcessesAreGone(servers);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    private static void writeSomething(URI elasticsearch, String jdbcUrl) throws Exception {
        http("PUT", elasticsearch.resolve("/it-persist/_doc/1?refresh=true"), "{\"title\":\"焊工\"}");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table it_persist (id int primary key)");
            statement.execute("insert into it_persist values (1)");
        }
    }

    private static void stopAndCheckProcessesAreGone(EmbeddedServers servers) {
        List<Long> pids = servers.pids();
        assertThat(pids).isNotEmpty();
        servers.stop();
        assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
    }

    private static int queryInt(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String http(String method, URI uri, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + uri + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }
}
