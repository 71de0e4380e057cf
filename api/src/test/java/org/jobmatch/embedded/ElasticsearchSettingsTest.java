package org.jobmatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ElasticsearchSettingsTest {

    private final Path data = Path.of("/srv/jobmatch data/elasticsearch/data");
    private final Path logs = Path.of("/srv/jobmatch data/elasticsearch/logs");

    @Test
    void rendersSingleLoopbackNodeWithoutSecurity() {
        String yaml = new ElasticsearchSettings(data, logs, 9200, 9301, false).toYaml();

        assertThat(yaml.lines()).contains(
                "cluster.name: jobmatch",
                "discovery.type: single-node",
                "network.host: 127.0.0.1",
                "http.port: 9200",
                "transport.port: 9301",
                "xpack.security.enabled: false",
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "action.destructive_requires_name: false");
    }

    @Test
    void quotesPathsSoSpacesSurvive() {
        String yaml = new ElasticsearchSettings(data, logs, 9200, 9301, false).toYaml();

        assertThat(yaml.lines()).contains(
                "path.data: \"/srv/jobmatch data/elasticsearch/data\"",
                "path.logs: \"/srv/jobmatch data/elasticsearch/logs\"");
    }

    @Test
    void disablesGeoipDownloaderOnlyWhenTheModuleExists() {
        assertThat(new ElasticsearchSettings(data, logs, 9200, 9301, false).toYaml()).doesNotContain("geoip");
        assertThat(new ElasticsearchSettings(data, logs, 9200, 9301, true).toYaml())
                .contains("ingest.geoip.downloader.enabled: false");
    }
}
