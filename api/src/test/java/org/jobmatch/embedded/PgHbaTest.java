package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PgHbaTest {

    /** What initdb -A trust wrote for earlier versions (comments shortened). */
    static final String EARLIER_VERSION = """
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            # "local" is for Unix domain socket connections only
            local   all             all                                     trust
            # IPv4 local connections:
            host    all             all             127.0.0.1/32            trust
            # IPv6 local connections:
            host    all             all             ::1/128                 trust
            local   replication     all                                     trust
            host    replication     all             127.0.0.1/32            trust
            host    replication     all             ::1/128                 trust
            """;

    @Test
    void asksEveryConnectionForThePassword() {
        String content = PgHba.content("secret");

        assertThat(PgHba.trustsAnyone(content)).isFalse();
        assertThat(content.lines().filter(line -> !line.startsWith("#")))
                .hasSize(6)
                .allSatisfy(line -> assertThat(line).endsWith(" scram-sha-256"))
                .anySatisfy(line -> assertThat(line).matches("local\\s+all\\s+all\\s+scram-sha-256"))
                .anySatisfy(line -> assertThat(line).matches("host\\s+all\\s+all\\s+127\\.0\\.0\\.1/32\\s+scram-sha-256"));
        assertThat(content).doesNotContain("secret");
    }

    @Test
    void tellsAnEarlierVersionsFileThatTrustedEveryLocalConnection() {
        assertThat(PgHba.trustsAnyone(EARLIER_VERSION)).isTrue();
        assertThat(PgHba.isCurrent(Optional.of(EARLIER_VERSION), "secret")).isFalse();
    }

    @Test
    void isCurrentOnlyForThePasswordItWasWrittenFor() {
        String content = PgHba.content("secret");

        assertThat(PgHba.isCurrent(Optional.of(content), "secret")).isTrue();
        assertThat(PgHba.isCurrent(Optional.of(content), "another")).isFalse();
        assertThat(PgHba.isCurrent(Optional.empty(), "secret")).isFalse();
    }
}
