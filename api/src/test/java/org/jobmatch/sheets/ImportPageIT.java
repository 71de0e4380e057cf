package org.jobmatch.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jobmatch.security.Role;
import org.jobmatch.support.Browser;
import org.jobmatch.support.Ledger;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The import page in headless Chromium: upload, preview with errors by row and column, commit, rejected rows. */
@ServiceIT
class ImportPageIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass(1440, 900);

    @Autowired
    Ledger ledger;
    @Autowired
    TestAccounts accounts;
    @LocalServerPort
    int port;

    @BeforeEach
    void emptyLedger() {
        ledger.clear();
    }

    @Test
    void uploadsPreviewsCommitsAndDownloadsTheRejectedRows() throws Exception {
        open("/import.html");
        browser.await(By.id("file")).sendKeys(SheetUploads.DIR.resolve("人员台账-三星镇.xlsx").toAbsolutePath().toString());
        browser.click(By.id("upload"));

        browser.awaitText(By.id("header-row"), "3");
        browser.awaitText(By.cssSelector("#counts [data-count='新增'] b"), "6");
        List<String> errors = new ArrayList<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#errors tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            errors.add(cells.get(0).getText() + ":" + cells.get(1).getText());
        }
        assertThat(String.join(" ", errors)).isEqualTo("11:D 12:K 13:F 14:D");
        assertThat(browser.driver().findElement(By.id("errors")).getText()).contains("身份证号码", "文本");
        assertThat(browser.driver().getPageSource()).doesNotContain("320614197906121245", "13812345678");
        assertThat(browser.driver().findElement(By.id("commit")).getText()).isEqualTo("确认导入 6 行");
        browser.screenshot("import-preview");
        assertThat(ledger.rows("persons", "id")).as("nothing stored before confirming").isEmpty();

        browser.click(By.id("commit"));
        browser.awaitText(By.id("result-text"), "已写入台账 6 行");
        assertThat(ledger.rows("persons", "id")).hasSize(6);

        browser.click(By.id("result-rejected"));
        Path xlsx = browser.awaitDownload(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> texts = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
            assertThat(texts).contains("赵强", "孙丽", "吴刚", "钱芳");
            assertThat(String.join(" ", texts)).contains("文本");
        }
    }

    private void open(String path) {
        String base = "http://localhost:" + port;
        browser.signIn(base, accounts.username(Role.COUNTY_STAFF), TestAccounts.password(Role.COUNTY_STAFF));
        browser.get(base + path);
    }
}
