package org.jobmatch.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Admins add, re-role and disable users and issue kiosk devices; the service keeps one admin at least. */
@ServiceIT
@ExtendWith(OutputCaptureExtension.class)
class AccountsIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestAccounts accounts;

    @Test
    void aNewUserGetsAGeneratedPasswordOnceAndSignsInWithIt(CapturedOutput output) throws Exception {
        String name = unique("county");
        JsonNode issued = create(Map.of("username", name, "role", "COUNTY_STAFF", "displayName", "王科员"));
        String password = issued.get("password").asText();

        assertThat(password).hasSize(16);
        assertThat(me(name, password).getStatusCode()).isEqualTo(HttpStatus.OK);
        String list = http.getForObject("/api/v1/admin/users", String.class);
        assertThat(list).contains(name).doesNotContain(password, "password", "$2a$");
        assertThat(output.getAll()).doesNotContain(password);
    }

    @Test
    void aDisabledUserIsRefusedAtOnce() throws Exception {
        String name = unique("off");
        String password = create(Map.of("username", name, "role", "COUNTY_STAFF")).get("password").asText();
        assertThat(me(name, password).getStatusCode()).isEqualTo(HttpStatus.OK);

        patch(name, Map.of("enabled", false));

        assertThat(me(name, password).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aNewRoleTakesEffectAtOnce() throws Exception {
        String name = unique("rerole");
        String password = create(Map.of("username", name, "role", "COUNTY_STAFF")).get("password").asText();

        patch(name, Map.of("role", "FAIR_OPERATOR"));

        ResponseEntity<String> person = http.withBasicAuth(name, password).getForEntity("/api/v1/persons/P-0001", String.class);
        assertThat(person.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void keepsTheLastAdmin() {
        ResponseEntity<String> response = patch("admin", Map.of("enabled", false));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody()).contains("last-admin");
    }

    @Test
    void townshipStaffNeedAKnownTownship() {
        assertThat(post("/api/v1/admin/users", Map.of("username", unique("t"), "role", "TOWNSHIP_STAFF"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("/api/v1/admin/users", Map.of("username", unique("t"), "role", "TOWNSHIP_STAFF",
                "township", "火星镇")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aKioskDeviceGetsASecretShownOnceThatOpensOnlyTheKiosk(CapturedOutput output) throws Exception {
        String name = unique("kiosk");
        ResponseEntity<String> response = post("/api/v1/admin/devices", Map.of("username", name, "township", "三星镇"));
        JsonNode issued = json.readTree(response.getBody());
        String secret = issued.get("password").asText();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(issued.at("/user/role").asText()).isEqualTo("KIOSK");
        assertThat(secret).hasSize(24);
        TestRestTemplate device = http.withBasicAuth(name, secret);
        assertThat(device.getForEntity("/api/v1/kiosk/townships", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(device.getForEntity("/api/v1/persons/P-0001", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(output.getAll()).doesNotContain(secret);
        assertThat(http.getForObject("/api/v1/admin/users", String.class)).doesNotContain(secret);
    }

    @Test
    void aResetPasswordReplacesTheOldOne() throws Exception {
        String name = unique("reset");
        String old = create(Map.of("username", name, "role", "FAIR_OPERATOR")).get("password").asText();

        String fresh = json.readTree(post("/api/v1/admin/users/" + name + "/password", null).getBody())
                .get("password").asText();

        assertThat(me(name, old).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(me(name, fresh).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void repeatedWrongPasswordsLockTheLoginEvenForTheRightOne() throws Exception {
        String name = unique("guess");
        String password = create(Map.of("username", name, "role", "FAIR_OPERATOR")).get("password").asText();

        for (int i = 0; i < 6; i++) { // five are free, the sixth starts a lock
            assertThat(me(name, "wrong-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> locked = me(name, password);

        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(locked.getBody()).contains("too-many-attempts");
    }

    private static String unique(String prefix) {
        return "it-" + prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private JsonNode create(Map<String, Object> user) throws Exception {
        ResponseEntity<String> response = post("/api/v1/admin/users", user);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> post(String path, Map<String, Object> body) {
        return http.postForEntity(path, body == null ? null : new HashMap<>(body), String.class);
    }

    private ResponseEntity<String> patch(String username, Map<String, Object> change) {
        return http.exchange("/api/v1/admin/users/" + username, HttpMethod.PATCH, new HttpEntity<>(change), String.class);
    }

    private ResponseEntity<String> me(String username, String password) {
        return accounts.anonymous().withBasicAuth(username, password).getForEntity("/api/v1/me", String.class);
    }
}
