package org.jobmatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every mapped endpoint and page, called as nobody and as each role: 401 without credentials, 403 outside the
 * role, through to the endpoint within it. An endpoint missing from {@link #EXPECTED} fails the test.
 */
@ServiceIT
class AccessMatrixIT {

    private static final String ALL = "ADMIN COUNTY_STAFF TOWNSHIP_STAFF FAIR_OPERATOR KIOSK";
    private static final String STAFF = "ADMIN COUNTY_STAFF TOWNSHIP_STAFF";
    private static final String STAFF_FAIRS = "ADMIN COUNTY_STAFF TOWNSHIP_STAFF FAIR_OPERATOR";
    private static final String FAIRS = "ADMIN COUNTY_STAFF FAIR_OPERATOR";
    private static final String KIOSK = "ADMIN KIOSK";

    /** The expected matrix: endpoint → roles allowed. Written independently of {@code AccessRules}. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("GET /api/v1/me", ALL);
        EXPECTED.put("POST /api/v1/vacancies/import", STAFF);
        EXPECTED.put("POST /api/v1/persons/import", STAFF);
        EXPECTED.put("POST /api/v1/imports/{kind}", STAFF);
        EXPECTED.put("GET /api/v1/imports/{id}", STAFF);
        EXPECTED.put("PUT /api/v1/imports/{id}/columns", STAFF);
        EXPECTED.put("POST /api/v1/imports/{id}/commit", STAFF);
        EXPECTED.put("GET /api/v1/imports/{id}/rejected.xlsx", STAFF);
        EXPECTED.put("GET /api/v1/imports/templates/{kind}.xlsx", STAFF);
        EXPECTED.put("POST /api/v1/services/import", STAFF);
        EXPECTED.put("GET /api/v1/vacancies/{id}", STAFF_FAIRS);
        EXPECTED.put("GET /api/v1/vacancies/{id}/candidates", STAFF_FAIRS);
        EXPECTED.put("GET /api/v1/persons/{id}", STAFF);
        EXPECTED.put("POST /api/v1/persons/{id}/reveal", STAFF);
        EXPECTED.put("GET /api/v1/persons/{id}/recommendations", STAFF);
        EXPECTED.put("POST /api/v1/persons/{id}/referrals", STAFF);
        EXPECTED.put("GET /api/v1/persons/{id}/fit/{vacancyId}", STAFF);
        EXPECTED.put("GET /api/v1/persons/{id}/services", STAFF);
        EXPECTED.put("POST /api/v1/persons/{id}/services", STAFF);
        EXPECTED.put("DELETE /api/v1/services/{serviceId}", STAFF);
        EXPECTED.put("GET /api/v1/follow-ups", STAFF);
        EXPECTED.put("POST /api/v1/referrals/{referralId}/outcome", STAFF);
        EXPECTED.put("GET /api/v1/zero-employment", STAFF);
        EXPECTED.put("POST /api/v1/zero-employment/{caseId}/end", STAFF);
        EXPECTED.put("POST /api/v1/placements", STAFF_FAIRS);
        EXPECTED.put("DELETE /api/v1/placements/{id}", STAFF);
        EXPECTED.put("POST /api/v1/batches", STAFF);
        EXPECTED.put("GET /api/v1/batches/{id}", STAFF);
        EXPECTED.put("GET /api/v1/batches/{id}/results", STAFF);
        EXPECTED.put("GET /api/v1/batches/{id}/results.xlsx", STAFF);
        EXPECTED.put("GET /api/v1/overview/townships", STAFF);
        EXPECTED.put("GET /api/v1/reports/{report}", STAFF);
        EXPECTED.put("GET /api/v1/reports/{report}.xlsx", STAFF);
        EXPECTED.put("GET /api/v1/reports/{report}/persons", STAFF);
        EXPECTED.put("GET /api/v1/reports/plan/targets", STAFF);
        EXPECTED.put("PUT /api/v1/reports/plan/targets", STAFF);
        EXPECTED.put("POST /api/v1/reports/plan/targets/import", STAFF);
        EXPECTED.put("GET /api/v1/fairs", FAIRS);
        EXPECTED.put("POST /api/v1/fairs", FAIRS);
        EXPECTED.put("GET /api/v1/fairs/{id}", FAIRS);
        EXPECTED.put("PUT /api/v1/fairs/{id}", FAIRS);
        EXPECTED.put("DELETE /api/v1/fairs/{id}", FAIRS);
        EXPECTED.put("GET /api/v1/fairs/open-vacancies", FAIRS);
        EXPECTED.put("GET /api/v1/fairs/{id}/shortlists", FAIRS);
        EXPECTED.put("GET /api/v1/fairs/{id}/shortlists.xlsx", FAIRS);
        EXPECTED.put("POST /api/v1/fairs/{id}/invitations", FAIRS);
        EXPECTED.put("GET /api/v1/kiosk/townships", KIOSK);
        EXPECTED.put("GET /api/v1/kiosk/job-types", KIOSK);
        EXPECTED.put("GET /api/v1/kiosk/jobs", KIOSK);
        EXPECTED.put("POST /api/v1/kiosk/sessions", KIOSK);
        EXPECTED.put("DELETE /api/v1/kiosk/sessions/current", KIOSK);
        EXPECTED.put("GET /api/v1/kiosk/recommendations", KIOSK);
        EXPECTED.put("POST /api/v1/kiosk/interests", KIOSK);
        EXPECTED.put("POST /api/v1/admin/synonyms/reload", "ADMIN");
        EXPECTED.put("POST /api/v1/admin/reindex", "ADMIN");
        EXPECTED.put("GET /api/v1/admin/users", "ADMIN");
        EXPECTED.put("POST /api/v1/admin/users", "ADMIN");
        EXPECTED.put("PATCH /api/v1/admin/users/{username}", "ADMIN");
        EXPECTED.put("POST /api/v1/admin/users/{username}/password", "ADMIN");
        EXPECTED.put("POST /api/v1/admin/devices", "ADMIN");
        EXPECTED.put("GET /api/v1/admin/audit", "ADMIN");
        EXPECTED.put("GET /api/v1/admin/audit.xlsx", "ADMIN");
        EXPECTED.put("GET /actuator/health", ALL);
        EXPECTED.put("GET /actuator", "ADMIN");
        EXPECTED.put("GET /actuator/info", "ADMIN");
    }

    static final Map<String, String> PAGES = Map.ofEntries(Map.entry("/", ALL), Map.entry("/index.html", ALL),
            Map.entry("/overview.html", STAFF), Map.entry("/fair.html", FAIRS), Map.entry("/fair-print.html", FAIRS),
            Map.entry("/kiosk.html", KIOSK), Map.entry("/admin.html", "ADMIN"), Map.entry("/person.html", STAFF),
            Map.entry("/due.html", STAFF), Map.entry("/zero.html", STAFF), Map.entry("/batches.html", STAFF),
            Map.entry("/import.html", STAFF), Map.entry("/reports.html", STAFF));

    /** Values for path variables: records of the township staff's own township, or ids nobody has. */
    private static final Map<String, String> VARIABLES = Map.of("{id}", "X", "{vacancyId}", "V-0001",
            "{username}", "it-nobody", "{kind}", "persons", "{serviceId}", "999999", "{referralId}", "999999",
            "{caseId}", "999999", "{report}", "warm-heart");

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
    }

    @Test
    void everyMappedEndpointHasAnExpectedRule() {
        assertThat(mappedEndpoints()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void everyEndpointAnswers401WithoutCredentialsAnd403OutsideItsRole() {
        List<String> wrong = new ArrayList<>();
        EXPECTED.forEach((endpoint, allowed) -> {
            check(wrong, endpoint, null, accounts.anonymous(), "unauthenticated");
            for (Role role : Role.values()) {
                boolean may = roles(allowed).contains(role);
                check(wrong, endpoint, role, accounts.as(role), may ? null : "forbidden");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void pagesSendStrangersToTheLoginPageAndOpenWithinTheirRoles() {
        List<String> wrong = new ArrayList<>();
        PAGES.forEach((page, allowed) -> {
            expectPage(wrong, page, null, accounts.anonymous(), false);
            for (Role role : Role.values()) {
                expectPage(wrong, page, role, accounts.as(role), roles(allowed).contains(role));
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(accounts.anonymous().getForEntity("/css/base.css", String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(accounts.anonymous().getForEntity("/login.html", String.class).getStatusCode().value()).isEqualTo(200);
    }

    private void check(List<String> wrong, String endpoint, Role role, TestRestTemplate client, String deniedCode) {
        ResponseEntity<String> response = call(client, endpoint);
        String body = response.getBody() == null ? "" : response.getBody();
        int status = response.getStatusCode().value();
        boolean denied = (status == 401 && body.contains("\"code\":\"unauthenticated\""))
                || (status == 403 && body.contains("\"code\":\"forbidden\""));
        boolean ok = deniedCode == null ? !denied
                : denied && body.contains("\"code\":\"" + deniedCode + "\"") && status == (role == null ? 401 : 403);
        if (!ok) {
            wrong.add(endpoint + " as " + (role == null ? "nobody" : role) + " → " + status + " "
                    + body.substring(0, Math.min(200, body.length())));
        }
    }

    private static ResponseEntity<String> call(TestRestTemplate client, String endpoint) {
        String[] parts = endpoint.split(" ");
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        String path = parts[1];
        for (var variable : VARIABLES.entrySet()) {
            path = path.replace(variable.getKey(), variable.getValue());
        }
        path = path.replace("/persons/X", "/persons/P-0001").replace("/vacancies/X", "/vacancies/V-0001")
                .replace("/X", "/999999");
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
        String body = null;
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            boolean ndjson = path.endsWith("/import");
            headers.setContentType(ndjson ? MediaType.parseMediaType("application/x-ndjson") : MediaType.APPLICATION_JSON);
            // an empty import is refused (400); the others carry an invalid body where one is taken (400)
            body = ndjson ? "" : path.endsWith("/batches") ? "{\"referralsPerOpening\":0}" : "{}";
        }
        return client.exchange(path + query(path), method, new HttpEntity<>(body, headers), String.class);
    }

    private static String query(String path) {
        return path.endsWith("/job-types") || path.endsWith("/kiosk/jobs") ? "?township=三星镇" : "";
    }

    private void expectPage(List<String> wrong, String page, Role role, TestRestTemplate client, boolean opens) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> response = client.exchange(page, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        int status = response.getStatusCode().value();
        String location = String.valueOf(response.getHeaders().getLocation());
        boolean ok = opens ? status == 200 : status == 302 && location.contains("/login.html");
        if (!ok) {
            wrong.add(page + " as " + (role == null ? "nobody" : role) + " → " + status + " " + location);
        }
    }

    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern); // never expected: every endpoint names its method
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }));
        }
        endpoints.removeIf(e -> e.endsWith(" /error") || e.contains("/actuator/health/"));
        return endpoints;
    }

    private static Set<Role> roles(String names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names.split(" ")).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
