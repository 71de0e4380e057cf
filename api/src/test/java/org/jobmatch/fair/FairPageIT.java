package org.jobmatch.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** The fair operator's page in headless Chromium at a laptop's size. */
@ServiceIT
class FairPageIT {

    private static final String SEWING_ROW = "article[data-vacancy='V-0001'] tr[data-person='P-0001']";
    @RegisterExtension
    static final Browser browser = Browser.perClass(1440, 900);

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
    void buildsAShortlistInvitesAndDownloadsTheSpreadsheet() throws Exception {
        open("/fair.html");
        browser.click(By.id("new-fair"));
        browser.await(By.name("name")).sendKeys("春风行动专场招聘会");
        browser.click(By.cssSelector("#picker-rows input[data-employer='海门叠石桥家纺有限公司']"));
        for (String vacancy : new String[] {"V-0002", "V-0004"}) {
            browser.click(By.cssSelector("#picker-rows input[data-vacancy='" + vacancy + "']"));
        }
        browser.click(By.cssSelector("details.bulk summary"));
        browser.await(By.id("bulk-lines")).sendKeys("海门颐养护理院");
        browser.click(By.id("bulk-apply"));
        browser.awaitText(By.id("picked-count"), "已选 4 个岗位");
        browser.click(By.id("save-fair"));

        WebElement row = browser.await(By.cssSelector(SEWING_ROW));
        assertThat(row.getText()).contains("王*英", "女", "47", "脱贫劳动力", "南通临江重工有限公司 · 电焊工");
        assertThat(browser.driver().getPageSource()).doesNotContain("王秀英", "320614197906121245", "13812345678");

        row.findElement(By.cssSelector("button.invite")).click();
        browser.awaitText(By.cssSelector(SEWING_ROW + " button.invite"), "已邀请");
        browser.screenshot("fair");
        assertThat(ledger.jdbc().queryForObject("""
                SELECT count(*) FROM referrals WHERE person_id = 'P-0001' AND vacancy_id = 'V-0001'
                AND channel = 'FAIR' AND outcome = 'INVITED'""", Integer.class)).isEqualTo(1);

        browser.click(By.id("export-xlsx"));
        Path xlsx = browser.awaitDownload(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = workbook.getSheet(FairWorkbook.CANDIDATES_SHEET);
            Row first = sheet.getRow(1);
            assertThat(sheet.getLastRowNum()).isPositive();
            assertThat(first.getCell(0).getStringCellValue()).isNotBlank();
            assertThat(workbook.getSheet(FairWorkbook.VACANCIES_SHEET).getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void printsOneEmployerPerPage() throws Exception {
        long id = fair("打印测试", "V-0001", "V-0002", "V-0004");
        open("/fair-print.html?fair=" + id);

        var pages = browser.awaitCount(By.cssSelector(".employer-page"), 3);
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(pages.get(0).getCssValue("break-after")).isEqualTo("page");
        assertThat(pages.get(2).getCssValue("break-after")).isEqualTo("auto");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.screenshot("fair-print");
    }

    /** Needs the placements API ({@code POST /api/v1/placements}), which the page calls as it is. */
    @Test
    void marksACandidateHired() throws Exception {
        long id = fair("录用测试", "V-0001");
        open("/fair.html?fair=" + id);

        browser.await(By.cssSelector(SEWING_ROW + " button.hire")).click();
        browser.click(By.id("hire-confirm"));

        browser.awaitText(By.cssSelector(SEWING_ROW + " button.hire"), "已录用");
        assertThat(ledger.jdbc().queryForObject(
                "SELECT count(*) FROM placements WHERE person_id = 'P-0001' AND vacancy_id = 'V-0001'", Integer.class))
                .isEqualTo(1);
    }

    private long fair(String name, String... vacancyIds) {
        var response = http.postForEntity("/api/v1/fairs", Map.of("name", name, "vacancyIds", vacancyIds), Map.class);
        return ((Number) response.getBody().get("id")).longValue();
    }

    private void open(String path) {
        String base = "http://localhost:" + port;
        browser.signIn(base, accounts.username(Role.FAIR_OPERATOR), TestAccounts.password(Role.FAIR_OPERATOR));
        browser.get(base + path);
    }
}
