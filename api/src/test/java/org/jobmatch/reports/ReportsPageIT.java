package org.jobmatch.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jobmatch.security.Role;
import org.jobmatch.support.Browser;
import org.jobmatch.support.ContractExamples;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The reports page in headless Chromium on the contract's examples: the forms, their charts, a figure's persons. */
@ServiceIT
class ReportsPageIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass(1366, 768);

    @Autowired
    TestRestTemplate http;
    @Autowired
    Ledger ledger;
    @Autowired
    TestAccounts accounts;
    @LocalServerPort
    int port;

    @BeforeEach
    void contractExamples() throws Exception {
        ContractExamples.load(http, ledger);
        http.postForEntity("/api/v1/persons/P-0001/services", Map.of("kind", "VISIT", "date", "2026-11-20"), String.class);
        http.postForEntity("/api/v1/persons/P-0001/services",
                Map.of("kind", "TEMPORARY_RELIEF", "date", "2026-11-21", "amount", 300), String.class);
    }

    @Test
    void theWarmHeartFormShowsItsThirtyTwoColumnsAndAFigureOpensItsPersons() throws Exception {
        open("/reports.html");
        browser.awaitText(By.id("title"), "暖心活动");

        assertThat(browser.driver().findElements(By.cssSelector("#head th.no"))).hasSize(32);
        assertThat(browser.driver().findElements(By.cssSelector("#chart svg rect"))).isNotEmpty();
        browser.click(By.cssSelector("#total td:nth-child(12) button.figure"));
        browser.awaitText(By.id("persons"), "王秀英");
        assertThat(browser.driver().findElement(By.id("persons-summary")).getText()).contains("共 1 人");
        assertThat(browser.driver().getPageSource()).doesNotContain("320614197906121245");
        browser.screenshot("reports-warm-heart");
    }

    @Test
    void coverageShowsVillagesAndItsExcelLinkFollowsTheReport() throws Exception {
        open("/reports.html");
        browser.awaitText(By.id("title"), "暖心活动");
        browser.click(By.cssSelector("#tabs button[data-report=coverage]"));

        browser.awaitText(By.id("title"), "131");
        assertThat(browser.driver().findElements(By.cssSelector("#rows tr.village"))).isNotEmpty();
        assertThat(browser.driver().findElement(By.id("excel")).getAttribute("href")).contains("/coverage.xlsx?from=");
        browser.screenshot("reports-coverage");
    }

    @Test
    void aPlanTargetTypedInShowsAgainstTheActualFigure() throws Exception {
        open("/reports.html?report=plan");
        browser.awaitText(By.id("title"), "计划完成情况");
        browser.driver().findElement(By.id("target-township")).sendKeys("三星镇");
        browser.driver().findElement(By.cssSelector("#target-form input[name=target]")).sendKeys("12");
        browser.click(By.cssSelector("#target-form button[type=submit]"));

        browser.awaitText(By.cssSelector("#rows tr[data-township='三星镇']"), "12");
    }

    private void open(String path) {
        String base = "http://localhost:" + port;
        browser.signIn(base, accounts.username(Role.COUNTY_STAFF), TestAccounts.password(Role.COUNTY_STAFF));
        browser.get(base + path);
    }
}
