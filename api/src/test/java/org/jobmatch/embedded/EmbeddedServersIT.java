package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
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
        dataDir = ScratchDataDir.create();
    }

    @AfterAll
    static void deleteDataDir() throws IOException {
        ScratchDataDir.delete(dataDir);
    }

    @Test
    void keepsDataAcrossRestartsAndLeavesNoProcessBehind() throws Exception {
        EmbeddedServersProperties properties = EmbeddedServersProperties.defaults(dataDir).withPorts(0, 0);
        EmbeddedServers cold = EmbeddedServers.startShared(properties, true, true);
        URI elasticsearch = cold.elasticsearchUri().orElseThrow();
        assertThat(http("GET", elasticsearch.resolve("/_cluster/health"), "")).contains("\"cluster_name\":\"jobmatch\"");
        assertThat(EmbeddedSql.queryInt(cold, "select 1")).isEqualTo(1);
        writeSomething(elasticsearch, cold);
        ScratchDataDir.assertOwnerOnly(dataDir, Unprivileged.detect());
        List<Path> firstRunsTemporaryFolders = finalFlagsFolders();
        assertThat(firstRunsTemporaryFolders).as("the launcher's temporary folders, in the data directory").isNotEmpty();

        stopAndCheckProcessesAreGone(cold);

        long started = System.nanoTime();
        EmbeddedServers warm = EmbeddedServers.startShared(properties, true, true);
        LOG.info("热启动 (warm start) took " + Durations.seconds(started));
        assertThat(http("GET", warm.elasticsearchUri().orElseThrow().resolve("/it-persist/_count"), ""))
                .contains("\"count\":1");
        assertThat(EmbeddedSql.queryInt(warm, "select count(*) from it_persist")).isEqualTo(1);
        assertKeptTheFirstRunsConsoleLogs();
        assertThat(finalFlagsFolders()).as("the launcher's temporary folders, cleaned on every start").isNotEmpty()
                .doesNotContainAnyElementsOf(firstRunsTemporaryFolders);
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

    private static void writeSomething(URI elasticsearch, EmbeddedServers servers) throws Exception {
        http("PUT", elasticsearch.resolve("/it-persist/_doc/1?refresh=true"), "{\"title\":\"焊工\"}");
        EmbeddedSql.execute(servers, "create table it_persist (id int primary key)", "insert into it_persist values (1)");
    }

    /** Each start appends to the console logs under a header of its own. */
    private static void assertKeptTheFirstRunsConsoleLogs() throws IOException {
        assertThat(Files.readString(dataDir.resolve("postgres/log/console.log")))
                .containsSubsequence("jobmatch: PostgreSQL", "jobmatch: PostgreSQL");
        assertThat(Files.readString(dataDir.resolve("elasticsearch/logs/console.log")))
                .containsSubsequence("jobmatch: Elasticsearch", "jobmatch: Elasticsearch");
    }

    private static List<Path> finalFlagsFolders() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("elasticsearch/tmp"))) {
            return files.filter(file -> file.getFileName().toString().startsWith("final-flags")).toList();
        }
    }

    private static void stopAndCheckProcessesAreGone(EmbeddedServers servers) {
        List<Long> pids = servers.pids();
        assertThat(pids).isNotEmpty();
        servers.stop();
        assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());
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
