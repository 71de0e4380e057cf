package org.jobmatch.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The kiosk page in headless Chromium at the 1080p of a touch screen. */
@ServiceIT
class KioskPageIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass(1920, 1080);

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
        ledger.forgetFailedAttempts();
    }

    @Test
    void personIdentifiesSeesThreeJobsAndRecordsInterest() throws Exception {
        open("/kiosk.html");
        identify(KioskApiIT.ID_NUMBER, "5678");

        List<WebElement> cards = browser.awaitCount(By.cssSelector("#my-cards .job-card"), 3);
        assertThat(browser.await(By.id("greeting")).getText()).contains("王*英");
        assertThat(cards.get(0).getText()).contains("缝纫工", "海门叠石桥家纺有限公司", "三星镇", "4000–6500 元/月", "全职", "为什么适合您");
        assertThat(browser.driver().getPageSource()).doesNotContain("王秀英", KioskApiIT.ID_NUMBER, "13812345678");
        browser.screenshot("kiosk");

        String vacancyId = cards.get(1).getDomAttribute("data-vacancy");
        cards.get(1).findElement(By.cssSelector("button.interest")).click();
        browser.awaitText(By.cssSelector("#my-cards .job-card[data-vacancy='" + vacancyId + "'] button.interest"), "已登记");

        assertThat(ledger.jdbc().queryForObject(
                "SELECT count(*) FROM referrals WHERE person_id = 'P-0001' AND vacancy_id = ? AND channel = 'KIOSK'",
                Integer.class, vacancyId)).isEqualTo(1);
    }

    @Test
    void wrongDigitsShowAnErrorAndNothingPersonal() throws Exception {
        open("/kiosk.html");
        identify(KioskApiIT.ID_NUMBER, "1111");

        browser.awaitText(By.id("id-error"), "不正确");
        assertThat(browser.driver().findElements(By.cssSelector("#my-cards .job-card"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain("王");
        browser.screenshot("kiosk-identify");
    }

    @Test
    void anyoneCanBrowseJobsNearATownshipByType() throws Exception {
        open("/kiosk.html");
        browser.click(By.id("go-browse"));
        browser.click(By.cssSelector("#townships button[data-township='三星镇']"));

        browser.awaitText(By.cssSelector("#browse-cards .job-card:first-child .title"), "缝纫工");
        browser.click(By.cssSelector("#types button[data-type='纺织服装']"));
        browser.awaitCount(By.cssSelector("#browse-cards .job-card"), 1);
        assertThat(browser.driver().findElements(By.cssSelector("#browse-cards button.interest"))).isEmpty();
        browser.screenshot("kiosk-browse");
    }

    @Test
    void returnsToTheStartWhenLeftIdle() {
        open("/kiosk.html?idle=3");
        identify(KioskApiIT.ID_NUMBER, "5678");
        browser.awaitCount(By.cssSelector("#my-cards .job-card"), 3);

        browser.await(By.id("go-identify"));
        assertThat(browser.driver().findElements(By.cssSelector("#my-cards .job-card"))).isEmpty();
    }

    private void open(String path) {
        String base = "http://localhost:" + port;
        browser.signIn(base, accounts.username(Role.KIOSK), TestAccounts.password(Role.KIOSK));
        browser.get(base + path);
    }

    /** Types on the page's number pad, as a finger would. */
    private void identify(String identifier, String lastFour) {
        browser.click(By.id("go-identify"));
        tap(identifier);
        browser.click(By.id("key-ok"));
        tap(lastFour);
        browser.click(By.id("key-ok"));
    }

    private void tap(String keys) {
        for (char key : keys.toCharArray()) {
            browser.click(By.cssSelector("#pad button[data-key='" + key + "']"));
        }
    }
}
