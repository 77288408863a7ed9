package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton in a real browser: public home, sign-in, back-office home with a
 * drawn chart.
 */
class FoundationJourneyIT extends BrowserTest {

    @Test
    void publicHomeShowsThePortalAndItsCatalogue() {
        page.navigate(portal.url("/"));
        assertThat(page.locator("h1")).hasText("Portal Satu Data Provinsi Kalimantan Timur");
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        assertThat(page.locator(".topic-tile")).hasCount(8);
        screenshot("foundation-public-home");
    }

    @Test
    void signedInStaffSeeTheBackOfficeHomeWithARenderedChart() {
        page.navigate(portal.url("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        screenshot("foundation-login");

        signIn("admin", "demo12345");
        page.navigate(portal.url("/app"));
        Locator chart = page.locator("sd-echart[data-rendered=true]");
        assertThat(chart).isVisible();
        // the SVG renderer draws one path per bar, axis line and legend mark: far more
        // than a dozen
        assertThat(chart.locator("svg path").count()).isGreaterThan(12);
        assertThat(chart.locator("svg text", new Locator.LocatorOptions().setHasText("Tim Teknis"))).hasCount(1);
        assertThat(page.locator("#current-user")).hasText("Ir. Hendra Saputra, M.T.");
        screenshot("foundation-backoffice-home");
    }

    @Test
    void englishCanBeChosenAndThePortalsLinksKeepIt() {
        // the public pages are stateless: the language is in the address (?lang=en),
        // so each language version is its own URL for visitors, caches and crawlers
        page.navigate(portal.url("/"));
        page.locator("#lang-en").click();
        assertThat(page.locator("h1")).hasText("One Data Portal Provinsi Kalimantan Timur");
        page.locator(".public-nav a[href^='/topik']").click();
        assertThat(page).hasURL(Pattern.compile(".*/topik\\?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.locator(".public-nav a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/\\?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("One Data Portal Provinsi Kalimantan Timur");
        screenshot("foundation-public-home-en");
    }

}
