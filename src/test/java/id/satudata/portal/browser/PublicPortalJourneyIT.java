package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A visitor's journey on the public portal with the demo data: home, search with a facet,
 * a dataset with its chart, a CSV download; JSON-LD in the initial HTML; axe-core on
 * every public page; unreleased datasets stay hidden.
 */
class PublicPortalJourneyIT extends BrowserTest {

    private static boolean demoLoaded;

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * The demo data is loaded in one transaction after the server has started; the
     * journeys wait until its released datasets show on the home page.
     */
    @BeforeEach
    void awaitDemoData() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 240_000;
        while (!demoLoaded && System.currentTimeMillis() < deadline) {
            page.navigate(portal.url("/"));
            page.locator("#newest").waitFor();
            demoLoaded = page.locator("#newest a.dataset-card-title").count() > 0;
            if (!demoLoaded) {
                Thread.sleep(2000);
            }
        }
        assertThat(demoLoaded).as("demo datasets on the home page").isTrue();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void visitorSearchesFiltersOpensADatasetSeesTheChartAndDownloadsCsv() throws Exception {
        page.navigate(portal.url("/"));
        assertThat(page.locator("#public-home h1")).isVisible();
        assertThat(page.locator("#stat-datasets .stat-number")).not().hasText("0");
        screenshot("public-home");
        assertThat(Axe.seriousViolations(page)).as("axe on home").isEmpty();

        page.locator("#search-field input").fill("data");
        page.locator("#search-field input").press("Enter");
        page.waitForURL(Pattern.compile(".*/cari\\?q=data.*"));
        assertThat(page.locator("#results .dataset-card mark").first()).isVisible();
        screenshot("public-search-text");
        page.navigate(portal.url("/cari"));
        Locator results = page.locator("#results .dataset-card");
        assertThat(results.first()).isVisible();
        int all = results.count();
        Locator facet = page.locator("#facet-organisation vaadin-checkbox").first();
        assertThat(facet).isVisible();
        screenshot("public-search");
        facet.locator("input").check();
        page.waitForURL(Pattern.compile(".*organisation=.*"));
        assertThat(results.first()).isVisible();
        assertThat(results.count()).isLessThanOrEqualTo(all);
        screenshot("public-search-facet");
        assertThat(Axe.seriousViolations(page)).as("axe on search").isEmpty();

        Locator first = page.locator("#results a.dataset-card-title").first();
        String href = first.getAttribute("href");
        first.click();
        page.waitForURL(Pattern.compile(".*/dataset/.*"));
        Locator chart = page.locator("#dataset-chart sd-echart[data-rendered=true]");
        assertThat(chart).isVisible();
        assertThat(chart.locator("svg path").count()).isGreaterThan(3);
        assertThat(page.locator("#preview-grid")).isVisible();
        assertThat(page.locator("#meta-licence")).containsText("Creative Commons");
        screenshot("public-dataset");
        assertThat(Axe.seriousViolations(page)).as("axe on dataset page").isEmpty();

        Download download = page.waitForDownload(() -> page.locator("#download-whole-csv").click());
        List<String> lines = Files.readAllLines(download.path());
        assertThat(download.suggestedFilename()).isEqualTo(href.substring(href.lastIndexOf('/') + 1) + ".csv");
        assertThat(lines.size()).isGreaterThan(1);
        assertThat(lines.get(0)).matches("[a-z][a-z0-9_]*(,[a-z][a-z0-9_]*)*");
    }

    @Test
    void datasetPagesCarrySchemaOrgJsonLdInTheirInitialHtml() throws Exception {
        page.navigate(portal.url("/"));
        String href = page.locator("#newest a.dataset-card-title").first().getAttribute("href");
        HttpResponse<String> html = get(href);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("<script type=\"application/ld+json\" id=\"dataset-jsonld\">")
            .contains("\"@type\":\"Dataset\"")
            .contains("/download/" + href.substring(href.lastIndexOf('/') + 1) + ".csv");
        assertThat(get("/").body()).doesNotContain("application/ld+json");
    }

    @Test
    void listsOfOrganisationsAndTopicsAndTheirPagesPassAxe() {
        page.navigate(portal.url("/organisasi"));
        assertThat(page.locator(".organisation-list li").first()).isVisible();
        screenshot("public-organisations");
        assertThat(Axe.seriousViolations(page)).as("axe on organisations").isEmpty();
        page.locator(".organisation-list a").first().click();
        assertThat(page.locator("#organisation h1")).isVisible();
        assertThat(page.locator("#organisation .dataset-card").first()).isVisible();
        screenshot("public-organisation");
        assertThat(Axe.seriousViolations(page)).as("axe on organisation").isEmpty();
        page.navigate(portal.url("/topik"));
        assertThat(page.locator(".topic-tile")).hasCount(14);
        screenshot("public-topics");
        assertThat(Axe.seriousViolations(page)).as("axe on topics").isEmpty();
    }

    @Test
    void unreleasedDemoDatasetsAreNotFoundAndNotListed() throws Exception {
        // kode-wilayah-2014 is a DRAFT and kualitas-air-sungai-2022 INTERNAL in the demo
        for (String slug : List.of("kode-wilayah-2014", "kualitas-air-sungai-2022")) {
            assertThat(get("/download/" + slug + ".csv").statusCode()).isEqualTo(404);
            page.navigate(portal.url("/dataset/" + slug));
            assertThat(page.locator("#not-found")).isVisible();
            HttpResponse<String> html = get("/dataset/" + slug);
            assertThat(html.statusCode()).isEqualTo(404);
            assertThat(html.body()).doesNotContain("application/ld+json");
        }
        assertThat(get("/organisasi/TIDAK-ADA").statusCode()).isEqualTo(404);
        assertThat(get("/topik/tidak-ada").statusCode()).isEqualTo(404);
        assertThat(get("/organisasi").statusCode()).isEqualTo(200);
        screenshot("public-not-found");
        page.navigate(portal.url("/cari?q=kualitas%20air"));
        assertThat(page.locator("#result-count")).isVisible();
        assertThat(page.locator("#results")).not().containsText("Kualitas Air Sungai");
    }

}
