package org.jobmatch.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobmatch.security.Role;
import org.jobmatch.support.Browser;
import org.jobmatch.support.ServiceIT;
import org.jobmatch.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The login page, the user bar and the admin page, in headless Chromium. */
@ServiceIT
class AdminPageIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass(1440, 900);

    @Autowired
    TestAccounts accounts;
    @LocalServerPort
    int port;

    @Test
    void aStrangerSignsInOnTheLoginPageAndComesBackToThePageAsked() throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.get(base() + "/overview.html");

        browser.await(By.id("username")).sendKeys(accounts.username(Role.COUNTY_STAFF));
        browser.driver().findElement(By.id("password")).sendKeys("wrong-password");
        browser.click(By.id("submit"));
        browser.awaitText(By.id("message"), "用户名或密码不正确");
        browser.screenshot("login");
        browser.await(By.id("username")).sendKeys(accounts.username(Role.COUNTY_STAFF));
        browser.driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.click(By.id("submit"));

        browser.awaitText(By.id("user"), "县级工作人员");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/overview.html");
        browser.click(By.cssSelector("#user button"));
        browser.awaitText(By.id("message"), "您已退出登录");
    }

    @Test
    void anAdminAddsAUserAndSeesItsPasswordOnce() throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base(), "admin", TestAccounts.password(Role.ADMIN));
        browser.get(base() + "/admin.html");
        String name = "it-page-" + Long.toString(System.nanoTime(), 36);

        browser.await(By.cssSelector("#new-user input[name='username']")).sendKeys(name);
        new Select(browser.driver().findElement(By.id("new-role"))).selectByValue("FAIR_OPERATOR");
        browser.click(By.cssSelector("#new-user button[type='submit']"));

        browser.awaitText(By.id("issued-for"), name);
        assertThat(browser.driver().findElement(By.id("issued-password")).getText()).hasSize(16);
        browser.await(By.cssSelector("#users tr[data-username='" + name + "']"));
        browser.screenshot("admin");
        browser.click(By.id("issued-done"));
        assertThat(browser.driver().findElement(By.id("issued-password")).getText()).isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
