package org.jobmatch.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.jobmatch.bench.BenchEnvironment;
import org.springframework.boot.Banner;
import org.springframework.boot.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With a command as first argument ({@code import}, {@code reindex}, {@code bench} ...) the application is a
 * one-shot tool: no web server (but for {@code bench kiosk}, which measures through it), the command's settings
 * ahead of the others (before the embedded servers read theirs), and an exit with the command's code once it ran.
 */
public class CommandLaunch implements SpringApplicationRunListener, Ordered {

    /** {@code false} keeps the JVM running after the command (a test that runs one). */
    public static final String EXIT = "jobmatch.command-exit";

    private final String[] args;
    private final boolean command;

    public CommandLaunch(SpringApplication application, String[] args) {
        this.args = args;
        this.command = args.length > 0 && Commands.isCommand(args[0]);
        if (command) {
            application.setWebApplicationType(Commands.needsWebServer(args) ? WebApplicationType.SERVLET
                    : WebApplicationType.NONE);
            application.setBannerMode(Banner.Mode.OFF);
        }
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrap, ConfigurableEnvironment environment) {
        if (command) {
            Map<String, Object> settings = new HashMap<>(BenchEnvironment.properties(args));
            settings.put("jobmatch.command", args[0]);
            settings.put("server.port", "0");
            environment.getPropertySources().addFirst(new MapPropertySource("jobmatch-command", settings));
        }
    }

    @Override
    public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
        if (command && context.getEnvironment().getProperty(EXIT, Boolean.class, true)) {
            System.exit(SpringApplication.exit(context));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
