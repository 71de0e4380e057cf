package org.jobmatch;

import org.jobmatch.bench.BenchEnvironment;
import org.jobmatch.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The service; with a command as first argument ({@code import}, {@code reindex}, ...) a one-shot tool. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class JobmatchApplication {

    public static void main(String[] args) {
        if (args.length > 0 && Commands.isCommand(args[0])) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(JobmatchApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("jobmatch.command=" + args[0], "spring.main.banner-mode=off")
                    .run(BenchEnvironment.arguments(args));
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(JobmatchApplication.class, args);
    }
}
