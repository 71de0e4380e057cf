package org.jobmatch.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff workspace in headless Chromium at an office PC's size: a person, the due list, families, batches. */
@ServiceIT
class WorkspacePageIT {

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
    }

    @Test
    void aPersonsPageRecordsAServiceAndShowsTheir131() throws Exception {
        open("/person.html?id=P-0001");
        browser.awaitText(By.id("title"), "王秀英");
        new Select(browser.await(By.id("kind"))).selectByValue("CAREER_GUIDANCE");
        browser.click(By.cssSelector("#service-form button[type=submit]"));

        browser.awaitText(By.id("entries"), "职业指导");
        assertThat(browser.driver().findElement(By.id("coverage")).getText()).contains("还差", "政策宣讲");
        assertThat(browser.driver().getPageSource()).doesNotContain("320614197906121245");
        browser.screenshot("person");
    }

    @Test
    void theDueListLinksEachPersonToTheirPage() throws Exception {
        open("/due.html");

        browser.await(By.cssSelector("tr[data-person='P-0002'] a")).click();

        browser.awaitText(By.id("title"), "陈建国");
    }

    @Test
    void aZeroEmploymentFamilyIsClearedThroughAWelfarePostInOneAction() throws Exception {
        open("/zero.html");
        browser.await(By.cssSelector("tr[data-household='H-0002'] button.primary")).click();
        browser.click(By.cssSelector("#place-form button[value=ok]"));

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector("tr[data-household='H-0002']")).isEmpty());
        assertThat(ledger.jdbc().queryForObject("SELECT employment_status FROM persons WHERE id = 'P-0002'",
                String.class)).isEqualTo("EMPLOYED");
        browser.screenshot("zero-employment");
    }

    @Test
    void aBatchRunStartsFromThePageShowsItsProgressAndOffersItsExcel() throws Exception {
        open("/batches.html");
        // the townships are fetched after the page loads
        browser.await(By.cssSelector("#township option[value='三星镇']"));
        new Select(browser.await(By.id("township"))).selectByValue("三星镇");
        browser.click(By.cssSelector("#start button[type=submit]"));

        browser.await(By.id("xlsx"));
        assertThat(browser.driver().findElement(By.id("xlsx")).getAttribute("href")).contains("/results.xlsx");
        assertThat(browser.driver().findElement(By.id("run-status")).getText()).contains("已完成");
        ledger.awaitBatches();
    }

    private void open(String path) {
        String base = "http://localhost:" + port;
        browser.signIn(base, accounts.username(Role.COUNTY_STAFF), TestAccounts.password(Role.COUNTY_STAFF));
        browser.get(base + path);
    }
}
