package org.jobmatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The service; with a command as first argument ({@code import}, {@code reindex}, ...) a one-shot tool (cli). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class JobmatchApplication {

    public static void main(String[] args) {
        SpringApplication.run(JobmatchApplication.class, args);
    }
}
