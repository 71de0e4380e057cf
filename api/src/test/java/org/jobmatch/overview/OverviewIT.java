package org.jobmatch.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jobmatch.security.Role;
import org.jobmatch.support.Browser;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIT
class OverviewIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestAccounts accounts;
    @LocalServerPort
    int port;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
    }

    @Test
    void countsOpenVacanciesAndUnemployedPersonsPerTownship() throws Exception {
        JsonNode overview = json.readTree(http.getForObject("/api/v1/overview/townships", String.class));

        assertThat(township(overview, "三星镇").toString())
                .isEqualTo("{\"township\":\"三星镇\",\"vacancies\":1,\"openings\":8,\"unemployed\":1,\"flexible\":0}");
        assertThat(township(overview, "海门街道").get("vacancies").asInt()).as("V-0009 is full").isEqualTo(1);
        assertThat(overview.at("/total/openings").asInt()).isEqualTo(60);
        assertThat(overview.at("/total/unemployed").asInt()).isEqualTo(6);
    }

    @Test
    void overviewPageShowsEveryTownship() throws Exception {
        try (Browser browser = Browser.open(1440, 900)) {
            String base = "http://localhost:" + port;
            browser.signIn(base, accounts.username(Role.COUNTY_STAFF), TestAccounts.password(Role.COUNTY_STAFF));
            browser.get(base + "/overview.html");

            browser.awaitText(By.id("t-openings"), "60");
            assertThat(browser.driver().findElement(By.cssSelector("tr[data-township='三星镇']")).getText())
                    .contains("三星镇", "8");
            assertThat(browser.driver().findElements(By.cssSelector("#rows tr"))).hasSize(9);
            browser.screenshot("overview");
        }
    }

    @Test
    void townshipStaffSeeOnlyTheirOwnTownship() throws Exception {
        JsonNode overview = json.readTree(accounts.as(Role.TOWNSHIP_STAFF)
                .getForObject("/api/v1/overview/townships", String.class));

        assertThat(overview.get("townships").findValuesAsText("township")).containsExactly(TestAccounts.TOWNSHIP);
        assertThat(overview.at("/total/openings").asInt()).isEqualTo(8);
    }

    private static JsonNode township(JsonNode overview, String name) {
        for (JsonNode t : overview.get("townships")) {
            if (t.get("township").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError(name + " missing");
    }
}
