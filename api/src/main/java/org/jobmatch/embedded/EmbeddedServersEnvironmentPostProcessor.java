package org.jobmatch.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded servers a context needs, i.e. those not configured with
 * {@code spring.elasticsearch.uris} / {@code spring.datasource.url}, unless
 * {@code jobmatch.embedded.enabled=false}, and points Spring at them. The servers start in
 * the background; {@link EmbeddedServersListener} waits for them once logging works.
 */
public final class EmbeddedServersEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "jobmatchEmbeddedServers";
    static final String ELASTICSEARCH_URIS = "spring.elasticsearch.uris";
    static final String DATASOURCE_URL = "spring.datasource.url";

    private final DeferredLogFactory logFactory;

    public EmbeddedServersEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.logFactory = logFactory;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        EmbeddedServersProperties properties = bind(binder);
        boolean needElasticsearch = !isSet(binder, ELASTICSEARCH_URIS);
        boolean needPostgres = !isSet(binder, DATASOURCE_URL);
        if (!properties.enabled() || !(needElasticsearch || needPostgres)) {
            return;
        }
        EmbeddedServers servers = EmbeddedServers.launchShared(properties, needElasticsearch, needPostgres,
                logFactory.getLog(EmbeddedServers.class));
        Map<String, Object> values = new LinkedHashMap<>();
        if (needElasticsearch) {
            servers.elasticsearchUri().ifPresent(uri -> values.put(ELASTICSEARCH_URIS, uri.toString()));
        }
        if (needPostgres) {
            // the embedded server has this one login, whatever else may be configured
            servers.jdbcUrl().ifPresent(url -> values.put(DATASOURCE_URL, url));
            values.put("spring.datasource.username", PostgresServer.USER);
            servers.postgresPassword().ifPresent(password -> values.put("spring.datasource.password", password));
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, values));
        application.addListeners(new EmbeddedServersListener(servers));
    }

    static EmbeddedServersProperties bind(Binder binder) {
        String prefix = "jobmatch.embedded.";
        return new EmbeddedServersProperties(
                binder.bind("jobmatch.data-dir", String.class).map(Path::of)
                        .orElse(EmbeddedServersProperties.DEFAULT_DATA_DIR),
                binder.bind(prefix + "elasticsearch.port", Integer.class)
                        .orElse(EmbeddedServersProperties.DEFAULT_ELASTICSEARCH_PORT),
                binder.bind(prefix + "postgres.port", Integer.class)
                        .orElse(EmbeddedServersProperties.DEFAULT_POSTGRES_PORT),
                binder.bind(prefix + "elasticsearch.heap", String.class)
                        .orElse(EmbeddedServersProperties.DEFAULT_ELASTICSEARCH_HEAP),
                binder.bind(StartLimit.PROPERTY, Duration.class)
                        .orElse(EmbeddedServersProperties.DEFAULT_START_TIMEOUT),
                binder.bind(prefix + "enabled", Boolean.class).orElse(true));
    }

    /** Blank counts as unset, so {@code SPRING_DATASOURCE_URL=} still gets the embedded server. */
    private static boolean isSet(Binder binder, String name) {
        return binder.bind(name, Bindable.listOf(String.class))
                .map(values -> values.stream().anyMatch(value -> !value.isBlank()))
                .orElse(false);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after config data, so application.properties counts
    }
}
