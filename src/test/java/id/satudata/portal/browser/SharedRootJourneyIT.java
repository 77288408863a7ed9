package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public portal and the back office share the root: a visitor's "/" is the
 * server-rendered home page, while the back office's client talks to "/?v-r=..." (init,
 * UIDL) and must reach Vaadin, or the sign-in never renders.
 */
class SharedRootJourneyIT extends BrowserTest {

    @Test
    void aVisitorGetsTheServerRenderedHomeAndStaffSignInFromItToTheirHomeScreen() {
        List<String> vaadinFailures = new ArrayList<>();
        page.onResponse(r -> {
            if (r.url().contains("v-r=") && r.status() >= 400) {
                vaadinFailures.add(r.status() + " " + r.request().method() + " " + r.url());
            }
        });

        Response home = page.navigate(portal.url("/"));
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).as("the home page's content is in its first HTML")
            .contains("<h1>Portal Satu Data Provinsi Kalimantan Timur</h1>")
            .contains("id=\"newest\"")
            .doesNotContain("window.Vaadin");
        assertThat(page.locator("h1")).hasText("Portal Satu Data Provinsi Kalimantan Timur");
        assertThat(page.locator(".topic-tile")).hasCount(8);
        screenshot("shared-root-public-home");

        page.locator("#to-backoffice").click();
        page.waitForURL(url -> url.endsWith("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        screenshot("shared-root-login");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill("demo12345");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> url.contains("/app")); // "/app?continue": Spring's saved
                                                      // request
        assertThat(page.locator("#current-user")).hasText("Ir. Hendra Saputra, M.T.");
        assertThat(page.locator("sd-echart[data-rendered=true]").first()).isVisible();
        screenshot("shared-root-backoffice-home");

        // signed in, "/" is still the public home, and the back office still answers
        page.navigate(portal.url("/"));
        assertThat(page.locator("h1")).hasText("Portal Satu Data Provinsi Kalimantan Timur");
        page.navigate(portal.url("/app"));
        assertThat(page.locator("#current-user")).hasText("Ir. Hendra Saputra, M.T.");

        // signing out leads to "/": the public home again, not a blank Vaadin page
        page.locator("#logout").click();
        page.waitForURL(url -> !url.contains("/app"));
        assertThat(page.locator("h1")).hasText("Portal Satu Data Provinsi Kalimantan Timur");
        screenshot("shared-root-after-sign-out");
        assertThat(vaadinFailures).as("Vaadin's requests to /?v-r=...").isEmpty();
    }

}
