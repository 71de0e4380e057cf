package org.jobmatch.embedded;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Waits for PostgreSQL before the context refreshes and for Elasticsearch once it has refreshed
 * (so the two overlap, and progress shows live), stops them after the contexts close, and tells the JVM shutdown fallback
 * which contexts use them.
 */
final class EmbeddedServersListener implements ApplicationListener<ApplicationEvent> {

    private final EmbeddedServers servers;

    EmbeddedServersListener(EmbeddedServers servers) {
        this.servers = servers;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent) {
            servers.awaitPostgres();
            // Handlers run in reverse order: added after the logging system's, ours runs while logging still works.
            SpringApplication.getShutdownHandlers().add(servers::stop);
        } else if (event instanceof ContextRefreshedEvent refreshed
                && refreshed.getApplicationContext() instanceof ConfigurableApplicationContext context) {
            servers.awaitReady();
            ShutdownHook.track(context, context::isActive);
        }
    }
}
