package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class EmbeddedServersEnvironmentPostProcessorTest {

    private final StandardEnvironment environment = new StandardEnvironment();
    private final EmbeddedServersEnvironmentPostProcessor postProcessor =
            new EmbeddedServersEnvironmentPostProcessor(supplier -> LogFactory.getLog(getClass()));

    EmbeddedServersEnvironmentPostProcessorTest() {
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    }

    @Test
    void bindsDefaults() {
        EmbeddedServersProperties properties = bind(Map.of());

        assertThat(properties).isEqualTo(EmbeddedServersProperties.defaults(Path.of("data")));
        assertThat(properties.dataDir()).isAbsolute();
    }

    @Test
    void bindsEnvironmentVariables() {
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env", Map.of(
                "JOBMATCH_DATA_DIR", "/var/lib/jobmatch",
                "JOBMATCH_EMBEDDED_ELASTICSEARCH_PORT", "0",
                "JOBMATCH_EMBEDDED_POSTGRES_PORT", "15432",
                "JOBMATCH_EMBEDDED_ELASTICSEARCH_HEAP", "1g",
                "JOBMATCH_EMBEDDED_START_TIMEOUT", "2m",
                "JOBMATCH_EMBEDDED_ENABLED", "false")));

        assertThat(bind(Map.of())).isEqualTo(new EmbeddedServersProperties(
                Path.of("/var/lib/jobmatch"), 0, 15432, "1g", Duration.ofMinutes(2), false));
    }

    @Test
    void rejectsAHeapSizeTheJvmWouldNotUnderstand() {
        assertThatThrownBy(() -> bind(Map.of("jobmatch.embedded.elasticsearch.heap", "512")))
                .hasMessageContaining("jobmatch.embedded.elasticsearch.heap");
    }

    @Test
    void startsNothingWhenDisabled() {
        addProperties(Map.of("jobmatch.embedded.enabled", "false"));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(EmbeddedServersEnvironmentPostProcessor.PROPERTY_SOURCE))
                .isFalse();
    }

    @Test
    void startsNothingWhenBothServersAreConfigured() {
        addProperties(Map.of("spring.elasticsearch.uris", "http://search:9200",
                "spring.datasource.url", "jdbc:postgresql://db/jobmatch"));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(EmbeddedServersEnvironmentPostProcessor.PROPERTY_SOURCE))
                .isFalse();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/jobmatch");
    }

    private EmbeddedServersProperties bind(Map<String, Object> properties) {
        addProperties(properties);
        return EmbeddedServersEnvironmentPostProcessor.bind(Binder.get(environment));
    }

    private void addProperties(Map<String, Object> properties) {
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        ConfigurationPropertySources.attach(environment);
    }
}
