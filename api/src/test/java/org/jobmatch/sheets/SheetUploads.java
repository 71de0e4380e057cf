package org.jobmatch.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Test helper: a spreadsheet uploaded to {@code /api/v1/imports}, its preview awaited, committed. */
final class SheetUploads {

    static final Path DIR = Path.of("src/test/resources/spreadsheets");

    private final TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    SheetUploads(TestRestTemplate http) {
        this.http = http;
    }

    /** Uploads a test sheet and returns the upload once its preview is ready. */
    JsonNode preview(String kind, String file) throws IOException {
        return preview(kind, file, Files.readAllBytes(DIR.resolve(file)));
    }

    JsonNode preview(String kind, String name, byte[] content) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        ResponseEntity<String> response = http.postForEntity("/api/v1/imports/" + kind + "?name=" + name,
                new HttpEntity<>(content, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return awaitState(json.readTree(response.getBody()).get("id").asText(), "READY");
    }

    /** Commits a previewed upload and returns it once done. */
    JsonNode commit(String id) throws IOException {
        ResponseEntity<String> response = http.postForEntity("/api/v1/imports/" + id + "/commit", null, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return awaitState(id, "DONE");
    }

    /** Maps columns (letter to field key) and returns the upload once previewed again. */
    JsonNode columns(String id, Map<String, String> columns, boolean remember) throws IOException {
        ResponseEntity<String> response = http.exchange("/api/v1/imports/" + id + "/columns", HttpMethod.PUT,
                new HttpEntity<>(Map.of("columns", columns, "remember", remember)), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return awaitState(id, "READY");
    }

    JsonNode awaitState(String id, String expected) throws IOException {
        await("upload " + id + " " + expected).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !Set.of("ANALYSING", "IMPORTING").contains(get(id).get("state").asText()));
        JsonNode upload = get(id);
        assertThat(upload.get("state").asText()).as(upload.toString()).isEqualTo(expected);
        return upload;
    }

    JsonNode get(String id) throws IOException {
        return json.readTree(http.getForObject("/api/v1/imports/" + id, String.class));
    }
}
