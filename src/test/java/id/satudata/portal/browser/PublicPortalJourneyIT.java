package id.satudata.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
 * A visitor's journey on the server-rendered public portal with the demo data: every page
 * read and navigated with JavaScript switched off (search form, facet and pager links,
 * downloads), the chart drawn by ECharts with JavaScript on, axe-core on every page,
 * screenshots on a phone (360x800) and a laptop (1366x900); JSON-LD in the first HTML;
 * unreleased datasets stay hidden.
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

    /** A page in a browser without JavaScript, at a viewport size. */
    private Page withoutJavaScript(int width, int height) {
        BrowserContext context = page.context()
            .browser()
            .newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(width, height));
        Page noScript = context.newPage();
        noScript.setDefaultTimeout(30_000);
        return noScript;
    }

    /** Screenshots of the current page at the phone and laptop sizes. */
    private void screenshots(Page at, String name) {
        Page previous = page;
        page = at;
        try {
            at.setViewportSize(360, 800);
            screenshot(name + "-360");
            at.setViewportSize(1366, 900);
            screenshot(name + "-1366");
        }
        finally {
            page = previous;
        }
    }

    @Test
    void withoutJavaScriptAVisitorSearchesFiltersPagesAndOpensADatasetWithItsRowsAndDownloads() {
        Page p = withoutJavaScript(360, 800);
        try {
            p.navigate(portal.url("/"));
            assertThat(p.locator("#public-home h1")).isVisible();
            assertThat(p.locator("#stat-datasets .stat-number")).not().hasText("0");
            screenshots(p, "public-home-noscript");

            p.locator("#search-field").fill("penduduk");
            p.locator("#search-button").click();
            p.waitForURL(Pattern.compile(".*/cari\\?q=penduduk.*"));
            assertThat(p.locator("#results .dataset-card mark").first()).isVisible();
            screenshots(p, "public-search-noscript");

            p.navigate(portal.url("/cari"));
            Locator results = p.locator("#results .dataset-card");
            int all = results.count();
            assertThat(results.first()).isVisible();
            p.locator("#facet-organisation a").first().click();
            p.waitForURL(Pattern.compile(".*organisation=.*"));
            assertThat(p.locator("#facet-organisation a[aria-current=true]")).hasCount(1);
            assertThat(results.first()).isVisible();
            assertThat(results.count()).isLessThanOrEqualTo(all);
            screenshots(p, "public-search-facet-noscript");
            p.navigate(portal.url("/cari"));
            if (p.locator("#pager-next").count() > 0) {
                p.locator("#pager-next").click();
                p.waitForURL(Pattern.compile(".*hal=2.*"));
                assertThat(p.locator("#pager-previous")).isVisible();
            }

            p.locator("#results a.dataset-card-title").first().click();
            p.waitForURL(Pattern.compile(".*/dataset/.*"));
            assertThat(p.locator("#dataset h1")).isVisible();
            assertThat(p.locator("#preview-table tbody tr").first()).isVisible();
            assertThat(p.locator("#dataset-chart .chart-fallback svg, #dataset-chart p").first()).isVisible();
            assertThat(p.locator("#metadata")).containsText("Creative Commons");
            assertThat(p.locator("#principles li")).hasCount(4);
            assertThat(p.locator("#timeliness")).isVisible();
            screenshots(p, "public-dataset-noscript");
            if (p.locator("#preview-filters select").count() > 0) {
                Locator select = p.locator("#preview-filters select").first();
                String value = select.locator("option").nth(1).getAttribute("value");
                select.selectOption(value);
                p.locator("#preview-filters button").click();
                p.waitForURL(Pattern.compile(".*f\\..*"));
                assertThat(p.locator("#download-filtered-csv")).isVisible();
            }

            p.locator("#meta-organisation").click();
            assertThat(p.locator("#organisation h1")).isVisible();
            assertThat(p.locator("#organisation .dataset-card").first()).isVisible();
            assertThat(p.locator("#standing-current")).isVisible();
            screenshots(p, "public-organisation-noscript");
            p.locator(".breadcrumbs a").first().click();
            assertThat(p.locator(".organisation-list li").first()).isVisible();
            screenshots(p, "public-organisations-noscript");
            p.locator(".public-nav a[href='/topik']").click();
            assertThat(p.locator(".topic-tile")).hasCount(14);
            screenshots(p, "public-topics-noscript");
            p.locator(".topic-tile").first().click();
            assertThat(p.locator("#topic h1")).isVisible();
            screenshots(p, "public-topic-noscript");
            p.locator("#lang-en").click();
            assertThat(p.locator("html")).hasAttribute("lang", "en");
        }
        finally {
            p.context().close();
        }
    }

    @Test
    void withJavaScriptTheChartIsDrawnByEChartsAndEveryPagePassesAxe() throws Exception {
        for (String path : List.of("/", "/cari", "/cari?q=penduduk", "/organisasi", "/topik")) {
            page.navigate(portal.url(path));
            assertThat(Axe.seriousViolations(page)).as("axe on %s", path).isEmpty();
        }
        page.navigate(portal.url("/organisasi"));
        page.locator(".organisation-list a").first().click();
        assertThat(Axe.seriousViolations(page)).as("axe on an organisation").isEmpty();
        page.navigate(portal.url("/topik"));
        page.locator(".topic-tile").first().click();
        assertThat(Axe.seriousViolations(page)).as("axe on a topic").isEmpty();

        page.navigate(portal.url("/dataset/penduduk-kabkota-kaltim"));
        assertThat(page.locator("script[src*=echarts]").count()).as("ECharts waits for the visitor").isZero();
        // the interactive chart loads when the visitor reaches for the server-drawn one
        page.locator("#dataset-chart figure[data-echart]").hover();
        Locator chart = page.locator("#dataset-chart figure[data-rendered=true]");
        chart.scrollIntoViewIfNeeded();
        assertThat(chart).isVisible();
        assertThat(chart.locator(".chart-canvas svg path").count()).isGreaterThan(3);
        assertThat(page.locator("#dataset-chart .chart-fallback")).isHidden();
        assertThat(Axe.seriousViolations(page)).as("axe on dataset page").isEmpty();
        screenshots(page, "public-dataset");
        page.navigate(portal.url("/"));
        screenshots(page, "public-home");
        assertThat(page.locator("script[src*=echarts]").count()).as("ECharts only where a chart is").isZero();

        page.navigate(portal.url("/dataset/penduduk-kabkota-kaltim"));
        Download download = page.waitForDownload(() -> page.locator("#download-whole-csv").click());
        List<String> lines = Files.readAllLines(download.path());
        assertThat(download.suggestedFilename()).isEqualTo("penduduk-kabkota-kaltim.csv");
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
    void unreleasedDemoDatasetsAreNotFoundAndNotListed() throws Exception {
        // kode-wilayah-2014 is a DRAFT and kualitas-air-sungai-2022 INTERNAL in the demo
        for (String slug : List.of("kode-wilayah-2014", "kualitas-air-sungai-2022")) {
            assertThat(get("/download/" + slug + ".csv").statusCode()).isEqualTo(404);
            page.navigate(portal.url("/dataset/" + slug));
            assertThat(page.locator("#not-found")).isVisible();
            HttpResponse<String> html = get("/dataset/" + slug);
            assertThat(html.statusCode()).isEqualTo(404);
            assertThat(html.body()).doesNotContain("application/ld+json");
            assertThat(get("/sitemap.xml").body()).doesNotContain(slug);
            assertThat(get("/robots.txt").body()).doesNotContain(slug);
        }
        assertThat(get("/organisasi/TIDAK-ADA").statusCode()).isEqualTo(404);
        assertThat(get("/topik/tidak-ada").statusCode()).isEqualTo(404);
        assertThat(get("/organisasi").statusCode()).isEqualTo(200);
        screenshot("public-not-found");
        page.navigate(portal.url("/cari?q=kualitas%20air"));
        assertThat(page.locator("#result-count")).isVisible();
        assertThat(page.locator("#results")).not().containsText("Kualitas Air Sungai");
    }

    @Test
    void everyUrlOfTheSitemapAnswers200() throws Exception {
        String sitemap = get("/sitemap.xml").body();
        List<String> urls = Pattern.compile("<loc>([^<]+)</loc>")
            .matcher(sitemap)
            .results()
            .map(m -> m.group(1))
            .toList();
        assertThat(urls).hasSizeGreaterThan(10);
        for (String url : urls) {
            assertThat(http
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).as(url).isEqualTo(200);
        }
    }

}
