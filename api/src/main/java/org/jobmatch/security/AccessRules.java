package org.jobmatch.security;

import static org.jobmatch.security.Role.ADMIN;
import static org.jobmatch.security.Role.COUNTY_STAFF;
import static org.jobmatch.security.Role.FAIR_OPERATOR;
import static org.jobmatch.security.Role.KIOSK;
import static org.jobmatch.security.Role.TOWNSHIP_STAFF;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.DispatcherType;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call what: the one table of access rules. A path not listed here is refused to everyone, so a new
 * endpoint without a rule cannot be reached (and {@code AccessMatrixIT} fails on it). Township staff are further
 * limited to their own township by the features themselves ({@link Viewer#checkTownship}).
 */
final class AccessRules {

    private static final Role[] STAFF = {ADMIN, COUNTY_STAFF, TOWNSHIP_STAFF};
    private static final Role[] STAFF_AND_FAIRS = {ADMIN, COUNTY_STAFF, TOWNSHIP_STAFF, FAIR_OPERATOR};
    private static final Role[] FAIRS = {ADMIN, COUNTY_STAFF, FAIR_OPERATOR};
    private static final Role[] KIOSKS = {ADMIN, KIOSK};

    record Rule(HttpMethod method, String pattern, Role... roles) {
    }

    static final List<Rule> API = List.of(
            new Rule(HttpMethod.GET, "/api/v1/me", Role.values()),
            new Rule(HttpMethod.POST, "/api/v1/vacancies/import", STAFF),
            new Rule(HttpMethod.POST, "/api/v1/persons/import", STAFF),
            new Rule(HttpMethod.POST, "/api/v1/imports/*", STAFF),
            new Rule(HttpMethod.GET, "/api/v1/imports/**", STAFF),
            new Rule(HttpMethod.PUT, "/api/v1/imports/*/columns", STAFF),
            new Rule(HttpMethod.POST, "/api/v1/imports/*/commit", STAFF),
            new Rule(HttpMethod.POST, "/api/v1/services/import", STAFF),
            new Rule(HttpMethod.GET, "/api/v1/vacancies/*", STAFF_AND_FAIRS),
            new Rule(HttpMethod.GET, "/api/v1/vacancies/*/candidates", STAFF_AND_FAIRS),
            new Rule(HttpMethod.GET, "/api/v1/persons/*", STAFF),
            new Rule(HttpMethod.POST, "/api/v1/persons/*/reveal", STAFF),
            new Rule(HttpMethod.GET, "/api/v1/persons/*/recommendations", STAFF),
            new Rule(HttpMethod.POST, "/api/v1/persons/*/referrals", STAFF),
            new Rule(HttpMethod.GET, "/api/v1/persons/*/fit/*", STAFF),
            new Rule(HttpMethod.GET, "/api/v1/persons/*/services", STAFF),
            new Rule(HttpMethod.POST, "/api/v1/persons/*/services", STAFF),
            new Rule(HttpMethod.DELETE, "/api/v1/services/*", STAFF),
            new Rule(HttpMethod.GET, "/api/v1/follow-ups", STAFF),
            new Rule(HttpMethod.POST, "/api/v1/referrals/*/outcome", STAFF),
            new Rule(HttpMethod.GET, "/api/v1/zero-employment", STAFF),
            new Rule(HttpMethod.POST, "/api/v1/zero-employment/*/end", STAFF),
            new Rule(HttpMethod.POST, "/api/v1/placements", STAFF_AND_FAIRS),
            new Rule(HttpMethod.DELETE, "/api/v1/placements/*", STAFF),
            new Rule(HttpMethod.POST, "/api/v1/batches", STAFF),
            new Rule(HttpMethod.GET, "/api/v1/batches/**", STAFF),
            new Rule(HttpMethod.GET, "/api/v1/overview/**", STAFF),
            new Rule(HttpMethod.GET, "/api/v1/reports/**", STAFF),
            new Rule(HttpMethod.PUT, "/api/v1/reports/plan/targets", STAFF),
            new Rule(HttpMethod.POST, "/api/v1/reports/plan/targets/import", STAFF),
            new Rule(null, "/api/v1/fairs/**", FAIRS),
            new Rule(null, "/api/v1/kiosk/**", KIOSKS),
            new Rule(null, "/api/v1/admin/**", ADMIN),
            new Rule(HttpMethod.GET, "/actuator/health", Role.values()),
            new Rule(null, "/actuator/**", ADMIN));

    /** The pages; their scripts and styles are public, as is the login page. */
    static final List<Rule> PAGES = List.of(
            new Rule(HttpMethod.GET, "/", Role.values()),
            new Rule(HttpMethod.GET, "/index.html", Role.values()),
            new Rule(HttpMethod.GET, "/overview.html", STAFF),
            new Rule(HttpMethod.GET, "/import.html", STAFF),
            new Rule(HttpMethod.GET, "/person.html", STAFF),
            new Rule(HttpMethod.GET, "/due.html", STAFF),
            new Rule(HttpMethod.GET, "/zero.html", STAFF),
            new Rule(HttpMethod.GET, "/batches.html", STAFF),
            new Rule(HttpMethod.GET, "/reports.html", STAFF),
            new Rule(HttpMethod.GET, "/fair.html", FAIRS),
            new Rule(HttpMethod.GET, "/fair-print.html", FAIRS),
            new Rule(HttpMethod.GET, "/kiosk.html", KIOSKS),
            new Rule(HttpMethod.GET, "/admin.html", ADMIN));

    static final String[] PUBLIC = {"/login.html", "/css/**", "/js/**", "/favicon.ico", "/error"};

    private AccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
        r.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
        r.requestMatchers(PUBLIC).permitAll();
        for (Rule rule : concat(API, PAGES)) {
            String[] roles = Arrays.stream(rule.roles()).map(Role::name).toArray(String[]::new);
            (rule.method() == null ? r.requestMatchers(rule.pattern()) : r.requestMatchers(rule.method(), rule.pattern()))
                    .hasAnyRole(roles);
        }
        r.anyRequest().denyAll();
    }

    private static List<Rule> concat(List<Rule> a, List<Rule> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
