package org.jobmatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** People sign in on the login form and keep a session; what a session changes needs the CSRF token. */
@ServiceIT
class SignInIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
    }

    @Test
    void aSessionNeedsTheCsrfTokenForChangesButNotForReads() {
        Session session = signIn(Role.COUNTY_STAFF, false);

        assertThat(session.call(HttpMethod.GET, "/api/v1/persons/P-0001", false).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> forged = session.call(HttpMethod.POST, "/api/v1/persons/P-0001/referrals", false);
        ResponseEntity<String> genuine = session.call(HttpMethod.POST, "/api/v1/persons/P-0001/referrals", true);

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody()).contains("\"code\":\"csrf\"");
        assertThat(genuine.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aCrossSiteRequestIsRefusedEvenWithCredentials() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Sec-Fetch-Site", "cross-site");

        ResponseEntity<String> response = http.exchange("/api/v1/persons/P-0001/referrals", HttpMethod.POST,
                new HttpEntity<>("{}", headers), String.class);

        assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
        assertThat(ledger.jdbc().queryForObject("SELECT count(*) FROM referrals", Integer.class)).isZero();
    }

    @Test
    void aWrongPasswordReturnsToTheFormAndAskedPagesComeBack() {
        ResponseEntity<String> wrong = form(accounts.username(Role.COUNTY_STAFF), "wrong", "/fair.html", false, csrf());
        ResponseEntity<String> right = form(accounts.username(Role.COUNTY_STAFF), TestAccounts.PASSWORD,
                "/overview.html", false, csrf());
        ResponseEntity<String> elsewhere = form(accounts.username(Role.COUNTY_STAFF), TestAccounts.PASSWORD,
                "//evil.example/", false, csrf());

        assertThat(location(wrong)).startsWith("/login.html?error=1");
        assertThat(location(right)).isEqualTo("/overview.html");
        assertThat(location(elsewhere)).isEqualTo("/overview.html"); // the role's own start page
    }

    @Test
    void onlyKioskDevicesStaySignedInAcrossSessions() {
        assertThat(signIn(Role.KIOSK, true).cookies()).anyMatch(c -> c.startsWith("JOBMATCH_DEVICE="));
        assertThat(signIn(Role.COUNTY_STAFF, true).cookies()).noneMatch(c -> c.startsWith("JOBMATCH_DEVICE="));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        ResponseEntity<String> page = accounts.anonymous().getForEntity("/login.html", String.class);

        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        List<String> pages = new ArrayList<>(AccessMatrixIT.PAGES.keySet());
        pages.add("/login.html");
        for (String path : pages) {
            ResponseEntity<String> page = accounts.as(Role.ADMIN).exchange(path, HttpMethod.GET,
                    new HttpEntity<>(headers), String.class);

            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(page.getHeaders().getFirst("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
            assertThat(page.getHeaders().getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void problemsCarryTheSecurityHeadersToo() {
        ResponseEntity<String> problem = http.getForEntity("/api/v1/persons/P-0001/recommendations?limit=100000",
                String.class);

        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(problem.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aScriptOfAPageIsNotAskedForAPasswordByTheBrowser() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Requested-With", "fetch");
        ResponseEntity<String> page = accounts.anonymous().exchange("/api/v1/me", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        ResponseEntity<String> program = accounts.anonymous().getForEntity("/api/v1/me", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(page.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
        assertThat(program.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    /** A browser's session: its cookies and the CSRF token the pages would echo. */
    record Session(TestRestTemplate client, List<String> cookies, String csrf) {

        ResponseEntity<String> call(HttpMethod method, String path, boolean withToken) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.COOKIE, String.join("; ", cookies));
            headers.setContentType(MediaType.APPLICATION_JSON);
            if (withToken) {
                headers.set("X-XSRF-TOKEN", csrf);
            }
            return client.exchange(path, method, new HttpEntity<>(method == HttpMethod.GET ? null : "{}", headers),
                    String.class);
        }
    }

    /** Signs in on the form; the session then gets a new CSRF token, as the page after the login would. */
    private Session signIn(Role role, boolean remember) {
        ResponseEntity<String> response = form(accounts.username(role), TestAccounts.password(role), "", remember, csrf());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        List<String> cookies = new ArrayList<>(response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(c -> c.split(";")[0]).filter(c -> !c.startsWith("XSRF-TOKEN=")).toList());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, String.join("; ", cookies));
        String csrf = token(accounts.anonymous().exchange("/api/v1/me", HttpMethod.GET, new HttpEntity<>(headers),
                String.class));
        cookies.add("XSRF-TOKEN=" + csrf);
        return new Session(accounts.anonymous(), cookies, csrf);
    }

    /** The CSRF token the login page's cookie carries. */
    private String csrf() {
        return token(accounts.anonymous().getForEntity("/login.html", String.class));
    }

    private static String token(ResponseEntity<String> response) {
        return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length()).split(";")[0]).filter(t -> !t.isEmpty())
                .findFirst().orElseThrow();
    }

    private ResponseEntity<String> form(String username, String password, String next, boolean remember, String csrf) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        form.add("next", next);
        form.add("_csrf", csrf);
        if (remember) {
            form.add("remember-me", "on");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set(HttpHeaders.COOKIE, "XSRF-TOKEN=" + csrf);
        return accounts.anonymous().exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private static String location(ResponseEntity<String> response) {
        String location = String.valueOf(response.getHeaders().getLocation());
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
