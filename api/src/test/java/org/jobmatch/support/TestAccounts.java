package org.jobmatch.support;

import java.util.EnumMap;
import java.util.Map;

import org.jobmatch.security.Role;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.LocalHostUriTemplateHandler;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One account per role for integration tests (the township staff's township is 三星镇, that of P-0001 and V-0001),
 * and HTTP clients signed in as each of them, or as nobody.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "it-role-password";
    public static final String TOWNSHIP = "三星镇";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final RestTemplateBuilder builder;
    private final Environment environment;
    private final Map<Role, String> usernames = new EnumMap<>(Role.class);

    TestAccounts(JdbcTemplate jdbc, PasswordEncoder encoder, RestTemplateBuilder builder, Environment environment) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.builder = builder;
        this.environment = environment;
    }

    /** The user name of the test account of {@code role}, created on first use. */
    public synchronized String username(Role role) {
        if (role == Role.ADMIN) {
            return AdminClient.ADMIN;
        }
        return usernames.computeIfAbsent(role, r -> {
            String name = "it-" + r.name().toLowerCase().replace('_', '-');
            jdbc.update("INSERT INTO users (username, password_hash, role, township) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (username) DO UPDATE SET role = EXCLUDED.role, township = EXCLUDED.township, "
                    + "enabled = true, password_hash = EXCLUDED.password_hash",
                    name, encoder.encode(PASSWORD), r.name(), r == Role.TOWNSHIP_STAFF ? TOWNSHIP : null);
            return name;
        });
    }

    public static String password(Role role) {
        return role == Role.ADMIN ? AdminClient.ADMIN_PASSWORD : PASSWORD;
    }

    /** A client signed in by HTTP Basic as the test account of {@code role}. */
    public TestRestTemplate as(Role role) {
        return client(builder.basicAuthentication(username(role), password(role)));
    }

    /** A client that signs in as nobody. */
    public TestRestTemplate anonymous() {
        return client(new RestTemplateBuilder());
    }

    /** Redirects are not followed, so a test sees where the service sends a browser. */
    private TestRestTemplate client(RestTemplateBuilder b) {
        TestRestTemplate template = new TestRestTemplate(b.redirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW));
        template.setUriTemplateHandler(new LocalHostUriTemplateHandler(environment));
        return template;
    }
}
