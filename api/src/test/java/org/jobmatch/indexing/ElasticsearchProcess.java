package org.jobmatch.indexing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The embedded Elasticsearch's processes, for tests that kill or freeze it like a real outage. */
final class ElasticsearchProcess {

    private final Path pidFile;

    ElasticsearchProcess(String dataDir) {
        this.pidFile = Path.of(dataDir).resolve("run/elasticsearch.pid");
    }

    List<Long> pids() throws IOException {
        return Files.readAllLines(pidFile).stream().filter(l -> !l.isBlank()).map(Long::parseLong).toList();
    }

    void signal(String signal) throws IOException, InterruptedException {
        for (long pid : pids()) {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start().waitFor();
        }
    }
}
