package id.satudata.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the browser journeys: Debian's Chromium driven by Playwright against the
 * production jar ({@link RunningPortal}, shared by all journeys of a run). Screenshots go
 * to target/screenshots.
 */
public abstract class BrowserTest {

    private static Playwright playwright;

    private static Browser browser;

    protected static RunningPortal portal;

    protected Page page;

    @BeforeAll
    static void startBrowser() {
        portal = RunningPortal.shared();
        if (playwright == null) {
            playwright = Playwright
                .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium()
                .launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("satudata.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            playwright.close();
            browser = null;
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900));
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    protected void signIn(String username, String password) {
        page.navigate(portal.url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * Saves a full-page screenshot as target/screenshots/NAME.png and returns its path.
     */
    protected Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("satudata.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = dir.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

}
