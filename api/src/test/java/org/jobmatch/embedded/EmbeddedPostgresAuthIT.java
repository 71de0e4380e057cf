package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded PostgreSQL asks every connection, loopback too, for its generated password (PostgreSQL only). */
class EmbeddedPostgresAuthIT {

    private Path dataDir;
    private EmbeddedServersProperties properties;

    @BeforeEach
    void createDataDir() throws IOException {
        dataDir = ScratchDataDir.create();
        properties = EmbeddedServersProperties.defaults(dataDir).withPorts(0, 0);
    }

    @AfterEach
    void deleteDataDir() throws IOException {
        ScratchDataDir.delete(dataDir);
    }

    @Test
    void letsNobodyInWithoutTheGeneratedPassword() throws Exception {
        EmbeddedServers servers = EmbeddedServers.startShared(properties, false, true);
        try {
            assertRefusesAllButThePassword(servers);
            Path passwordFile = dataDir.resolve("postgres/superuser.password");
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(servers.postgresPassword().orElseThrow());
            assertThat(OwnerOnlyTest.mode(passwordFile)).isEqualTo("rw-------");
            ScratchDataDir.assertOwnerOnly(dataDir, Unprivileged.detect());
        } finally {
            servers.stop();
        }
        EmbeddedServers again = EmbeddedServers.startShared(properties, false, true);
        try {
            assertThat(again.postgresPassword()).as("reused").isEqualTo(servers.postgresPassword());
            assertThat(EmbeddedSql.queryInt(again, "select 1")).isEqualTo(1);
        } finally {
            again.stop();
        }
    }

    @Test
    void upgradesADataDirectoryOfAnEarlierVersionThatTrustedLocalConnections() throws Exception {
        EmbeddedServers earlier = EmbeddedServers.startShared(properties, false, true);
        try {
            EmbeddedSql.execute(earlier, "create table kept (id int primary key)", "insert into kept values (7)",
                    "alter role postgres password null");
        } finally {
            earlier.stop();
        }
        // what an earlier version left: initdb -A trust, no password anywhere
        Files.writeString(dataDir.resolve("postgres/data/pg_hba.conf"), PgHbaTest.EARLIER_VERSION);
        Files.delete(dataDir.resolve("postgres/superuser.password"));

        EmbeddedServers upgraded = EmbeddedServers.startShared(properties, false, true);
        try {
            assertThat(EmbeddedSql.queryInt(upgraded, "select id from kept")).isEqualTo(7);
            assertRefusesAllButThePassword(upgraded);
            assertThat(Files.readString(dataDir.resolve("postgres/data/pg_hba.conf"))).doesNotContain("trust");
            assertThat(OwnerOnlyTest.mode(dataDir.resolve("postgres/superuser.password"))).isEqualTo("rw-------");
            ScratchDataDir.assertOwnerOnly(dataDir, Unprivileged.detect());
        } finally {
            upgraded.stop();
        }
    }

    @Test
    void givesSpringItsLoginWhateverElseIsConfigured() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EmbeddedServersIT.Empty.class)
                .web(WebApplicationType.NONE)
                .run("--jobmatch.data-dir=" + dataDir, "--jobmatch.embedded.postgres.port=0",
                        "--spring.elasticsearch.uris=http://search.example:9200",
                        "--spring.datasource.username=app", "--spring.datasource.password=meant-for-another-server")) {
            EmbeddedServers servers = EmbeddedServers.startShared(properties, false, false);
            assertThat(context.getEnvironment().getProperty("spring.datasource.username")).isEqualTo("postgres");
            assertThat(context.getEnvironment().getProperty("spring.datasource.password"))
                    .isEqualTo(servers.postgresPassword().orElseThrow());
            servers.stop();
        }
    }

    private static void assertRefusesAllButThePassword(EmbeddedServers servers) throws SQLException {
        assertThatThrownBy(() -> EmbeddedSql.connect(servers, "").close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> EmbeddedSql.connect(servers, "guessed").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        try (Connection connection = EmbeddedSql.connect(servers)) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }
}
