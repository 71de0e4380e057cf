package org.jobmatch.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with a fresh profile and download directory. The binaries
 * are named explicitly, so Selenium Manager never looks for (or downloads) a driver. Screenshots go to
 * {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String CHROMIUM = System.getProperty("jobmatch.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("jobmatch.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final int width;
    private final int height;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profile;
    private Path downloads;
    private String signedInAs = "";

    private Browser(int width, int height) {
        this.width = width;
        this.height = height;
    }

    private Browser start() throws IOException {
        profile = Files.createTempDirectory("jobmatch-chromium-");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=zh-CN",
                "--user-data-dir=" + profile.resolve("profile"), "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // The window includes some browser chrome even when headless; the page gets exactly width x height.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return this;
    }

    public static Browser open(int width, int height) throws IOException {
        return new Browser(width, height).start();
    }

    /**
     * One browser for all tests of a class, opened before the first and closed after the last:
     * {@code @RegisterExtension static final Browser browser = Browser.perClass(1366, 768);}.
     */
    public static Browser perClass(int width, int height) {
        return new Browser(width, height);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void get(String url) {
        driver.get(url);
    }

    /** Signs in on the login page of the service at {@code base}, unless already signed in as {@code username}. */
    public void signIn(String base, String username, String password) {
        if (signedInAs.equals(username)) {
            return;
        }
        driver.manage().deleteAllCookies();
        driver.get(base + "/login.html");
        await(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        click(By.id("submit"));
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
        signedInAs = username;
    }

    public WebElement await(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> awaitCount(By by, int count) {
        return until(ExpectedConditions.numberOfElementsToBe(by, count));
    }

    public void awaitText(By by, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public WebElement click(By by) {
        WebElement element = until(ExpectedConditions.elementToBeClickable(by));
        element.click();
        return element;
    }

    /** Waits for the condition; on a timeout keeps a screenshot and says what the page showed. */
    private <T> T until(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).until(condition);
        } catch (TimeoutException e) {
            String shown;
            try {
                screenshot("timeout-" + System.currentTimeMillis());
                shown = driver.getCurrentUrl() + " shows: " + driver.findElement(By.tagName("body")).getText();
            } catch (RuntimeException | IOException ignored) {
                shown = "(page not readable)";
            }
            throw new TimeoutException(e.getMessage() + "\n" + shown, e);
        }
    }

    /** Waits for a completed download whose name ends with {@code suffix}. */
    public Path awaitDownload(String suffix) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
