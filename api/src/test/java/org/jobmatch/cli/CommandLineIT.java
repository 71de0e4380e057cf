package org.jobmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobmatch.JobmatchApplication;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The jar's commands start the application without a web server (as {@code java -jar jobmatch.jar import ...}
 * does), here against the servers the test service runs on.
 */
@ServiceIT
class CommandLineIT {

    @Autowired
    Environment service;
    @Autowired
    Ledger ledger;

    @Test
    void importsAFileFromTheCommandLine() {
        ledger.clear();

        int exit = run("import", "persons", Ledger.CONTRACT_EXAMPLES.resolve("persons.ndjson").toString());

        assertThat(exit).isZero();
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM persons", Integer.class)).isEqualTo(6);
    }

    private int run(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JobmatchApplication.class)
                .properties(CommandLaunch.EXIT + "=false", "jobmatch.data-dir=target/cli-data",
                        "spring.datasource.url=" + service.getProperty("spring.datasource.url"),
                        "spring.datasource.username=" + service.getProperty("spring.datasource.username", ""),
                        "spring.datasource.password=" + service.getProperty("spring.datasource.password", ""),
                        "spring.elasticsearch.uris=" + service.getProperty("spring.elasticsearch.uris"))
                .run(args)) {
            return SpringApplication.exit(context);
        }
    }
}
