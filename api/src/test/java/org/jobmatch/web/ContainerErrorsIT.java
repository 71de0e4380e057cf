package org.jobmatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jobmatch.security.Role;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What Tomcat and Spring refuse before any controller sees it is a problem body too, never Tomcat's HTML page or
 * Spring Boot's error JSON: an encoded slash, a URL over 8 KB, what Spring Security's firewall rejects, {@code /error}.
 */
@ServiceIT
class ContainerErrorsIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestAccounts accounts;

    @Test
    void anEncodedSlashInThePathIsAProblem() throws Exception {
        assertProblem(get("/api/v1/persons/P%2F0001"), 400, "bad-request");
    }

    @Test
    void aUrlOver8KbIsAProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/persons/P-" + "0".repeat(9 * 1024));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertProblem(response, response.statusCode(), null);
    }

    @Test
    void aPathTheFirewallRejectsIsAProblem() throws Exception {
        assertProblem(get("/api/v1/persons/P-0001;jsessionid=x"), 400, "bad-request");
    }

    @Test
    void theErrorPageAskedForItselfIsAProblem() throws Exception {
        assertProblem(get("/error"), 404, "not-found");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.body()).startsWith("{").contains("\"reasonZh\"").doesNotContain("<html", "Tomcat");
        if (code != null) {
            assertThat(response.body()).contains("\"code\":\"" + code + "\"");
        }
    }

    /** Sent as it is written: the JDK's client neither decodes nor re-encodes the path. */
    private HttpResponse<String> get(String path) throws Exception {
        String credentials = accounts.username(Role.ADMIN) + ":" + TestAccounts.password(Role.ADMIN);
        String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json").build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
