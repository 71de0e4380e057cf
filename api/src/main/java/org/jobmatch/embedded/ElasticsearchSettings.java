package org.jobmatch.embedded;

import java.nio.file.Path;

/** Our elasticsearch.yml: a single loopback node without security, sized for a laptop. */
record ElasticsearchSettings(Path dataPath, Path logsPath, int httpPort, int transportPort, boolean geoipModule) {

    String toYaml() {
        StringBuilder yaml = new StringBuilder("# Written by jobmatch on every start; edits are overwritten.\n")
                .append("cluster.name: jobmatch\n")
                .append("node.name: jobmatch-embedded\n")
                .append("discovery.type: single-node\n")
                .append("network.host: 127.0.0.1\n")
                .append("http.port: ").append(httpPort).append('\n')
                .append("transport.port: ").append(transportPort).append('\n')
                .append("path.data: ").append(quoted(dataPath)).append('\n')
                .append("path.logs: ").append(quoted(logsPath)).append('\n')
                .append("xpack.security.enabled: false\n")
                .append("cluster.routing.allocation.disk.threshold_enabled: false\n")
                .append("action.destructive_requires_name: false\n");
        if (geoipModule) {
            // Only known when the ingest-geoip module is present: unknown settings stop Elasticsearch.
            yaml.append("ingest.geoip.downloader.enabled: false\n");
        }
        return yaml.toString();
    }

    private static String quoted(Path path) {
        return '"' + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
