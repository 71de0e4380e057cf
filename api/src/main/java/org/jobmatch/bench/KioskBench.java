package org.jobmatch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code bench kiosk}: the job-bus kiosk's latency. A generated county (20,000 vacancies), a kiosk device
 * signed in by HTTP Basic, identified persons' sessions; then concurrent clients ask their recommendations
 * through HTTP, after a warm-up, and the latencies are printed by percentile.
 */
@Component
@ConditionalOnProperty(name = "jobmatch.command", havingValue = BenchEnvironment.COMMAND)
public class KioskBench {

    static final int PERSONS = 10_000;
    static final int SESSIONS = 200;
    private static final String DEVICE = "bench-kiosk";

    private final CountyLoad county;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final ObjectMapper json;
    private final ApplicationContext context;
    private final Clock clock;
    private final HttpClient http = HttpClient.newHttpClient();

    KioskBench(CountyLoad county, JdbcTemplate jdbc, PasswordEncoder encoder, ObjectMapper json,
               ApplicationContext context, Clock clock) {
        this.county = county;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.json = json;
        this.context = context;
        this.clock = clock;
    }

    /** Runs the kiosk benchmark; returns its result line. */
    public String run(int clients, Duration warmUp, Duration measured, PrintStream log) throws Exception {
        Path work = BenchEnvironment.workDir();
        Path vacancies = work.resolve("vacancies.ndjson");
        Path persons = work.resolve("persons.ndjson");
        new CountyGenerator(Benchmark.SEED, LocalDate.now(clock)).write(persons, PERSONS, vacancies,
                Benchmark.VACANCIES);
        county.load(vacancies, false, log);
        county.load(persons, true, log);
        String secret = "bench-" + Long.toHexString(System.nanoTime());
        jdbc.update("INSERT INTO users (username, password_hash, role) VALUES (?, ?, 'KIOSK')", DEVICE,
                encoder.encode(secret));
        String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        String auth = "Basic " + Base64.getEncoder().encodeToString((DEVICE + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
        List<String> sessions = sessions(persons, base, auth);
        log.printf(Locale.ROOT, "kiosk: %d identified persons' sessions; warming up for %d s%n", sessions.size(),
                warmUp.toSeconds());
        LoadClients load = new LoadClients();
        java.util.function.IntFunction<HttpRequest> ask = n -> LoadClients.get(base, "/api/v1/kiosk/recommendations")
                .header("Authorization", auth).header("X-Kiosk-Session", sessions.get(n % sessions.size())).build();
        log.println(load.run(clients, warmUp, ask).line("warm-up"));
        String line = load.run(clients, measured, ask).line("kiosk recommendations over HTTP, "
                + Benchmark.VACANCIES + " vacancies");
        BenchEnvironment.lastLine(line);
        return line;
    }

    /** Identifies persons who seek work and have an ID number and a phone, as the kiosk's number pad would. */
    private List<String> sessions(Path persons, String base, String auth) throws IOException, InterruptedException {
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(persons)) {
            JsonNode p = json.readTree(line);
            if (tokens.size() == SESSIONS || !p.hasNonNull("idNumber") || !p.hasNonNull("phone")
                    || !List.of("UNEMPLOYED", "FLEXIBLE").contains(p.path("employmentStatus").asText("UNEMPLOYED"))) {
                continue;
            }
            String phone = p.get("phone").asText();
            String body = json.writeValueAsString(java.util.Map.of("identifier", p.get("idNumber").asText(),
                    "phoneLastFour", phone.substring(phone.length() - 4)));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/kiosk/sessions"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 201) {
                tokens.add(json.readTree(answer.body()).get("token").asText());
            }
        }
        if (tokens.isEmpty()) {
            throw new IllegalStateException("no kiosk session could be opened");
        }
        return tokens;
    }
}
