package id.satudata.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.chart.ChartDefinition;
import id.satudata.portal.chart.ChartKind;
import id.satudata.portal.chart.DashboardCharts;
import id.satudata.portal.datastore.query.Aggregate;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server-rendered public pages over real HTTP, as a browser without JavaScript or a
 * crawler gets them: the whole content in the first HTML, links that lead on, and nothing
 * unreleased.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Autowired
    DashboardCharts dashboardCharts;

    final HttpClient http = HttpClient.newHttpClient();

    Opd dinkes;

    Dataset released;

    Dataset internal;

    Dataset withdrawn;

    @BeforeEach
    void datasets() {
        dinkes = opds.opd("Dinkes");
        released = fixtures.released(dinkes, "Jumlah Penduduk Kaltim Publik", "Penduduk per kabupaten/kota",
                "kependudukan", List.of("penduduk"));
        internal = fixtures.dataset(dinkes, "Rekap Gizi Rahasia", "Belum dirilis", Visibility.INTERNAL);
        fixtures.describe(internal, "kependudukan", List.of("penduduk"), 2021, 2022);
        withdrawn = fixtures.released(dinkes, "Kasus DBD Ditarik", "Ditarik untuk perbaikan", "kependudukan",
                List.of("penduduk"));
        fixtures.withdraw(withdrawn);
    }

    record Page(int status, HttpResponse<String> response, Document html) {

        String text(String css) {
            Element found = html.selectFirst(css);
            assertThat(found).as(css).isNotNull();
            return found.text();
        }

        List<String> cardTitles() {
            return html.select("a.dataset-card-title").eachText();
        }

    }

    Page get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Page(response.statusCode(), response, Jsoup.parse(response.body(), "http://localhost:" + port));
    }

    @Test
    void homeShowsCountsTopicsAndTheNewestReleasedDatasetsOnlyWithoutSigningIn() throws Exception {
        Page home = get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().selectFirst("html").attr("lang")).isEqualTo("id");
        assertThat(home.text("h1")).isEqualTo("Portal Satu Data Provinsi Kalimantan Timur");
        assertThat(home.cardTitles()).contains("Jumlah Penduduk Kaltim Publik")
            .doesNotContain("Rekap Gizi Rahasia", "Kasus DBD Ditarik");
        assertThat(home.text("#stat-datasets")).matches("[\\d.]+ Dataset");
        assertThat(home.html().selectFirst("#topic-kependudukan").attr("href")).isEqualTo("/topik/kependudukan");
        assertThat(home.html().select("form[role=search][method=get]").attr("action")).isEqualTo("/cari");
        assertThat(home.response().headers().firstValue("Set-Cookie")).as("no session for visitors").isEmpty();
        assertThat(home.html().select("script[src]")).as("no Vaadin bundle")
            .allMatch(s -> s.attr("src").startsWith("/pub/"));
    }

    @Test
    void datasetPageShowsMetadataRowsChartDownloadsAndApiExamplesInItsFirstHtml() throws Exception {
        Page page = get("/dataset/" + released.slug());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("h1")).isEqualTo("Jumlah Penduduk Kaltim Publik");
        assertThat(page.text("#meta-walidata")).isEqualTo("Diskominfo");
        assertThat(page.text("#meta-period")).isEqualTo("2020–2023");
        assertThat(page.text("#meta-unit")).isEqualTo("jiwa");
        assertThat(page.text("#meta-licence")).contains("Creative Commons");
        assertThat(page.html().select("#preview-table tbody tr")).hasSize(3);
        assertThat(page.text("#preview-table tbody")).contains("Balikpapan", "730.000", "11.603,94");
        Element chart = page.html().selectFirst("#dataset-chart figure[data-echart]");
        assertThat(chart.attr("data-src")).matches("/pub/echarts\\.[0-9a-f]{12}\\.js");
        assertThat(chart.selectFirst(".chart-option").data()).contains("Balikpapan").contains("730000");
        assertThat(chart.select(".chart-fallback svg")).as("drawn without JavaScript too").hasSize(1);
        assertThat(page.html().selectFirst("#download-whole-csv").attr("href"))
            .isEqualTo("/download/" + released.slug() + ".csv");
        assertThat(page.text("#api-rows")).contains("/api/3/action/datastore_search?resource_id=" + released.slug());
        assertThat(page.text("#timeliness")).contains("Tahunan");
        assertThat(page.html().select("#principles li")).hasSize(4);
    }

    @Test
    void filteringThePreviewFiltersTheRowsTheChartAndOffersTheFilteredDownload() throws Exception {
        Page page = get("/dataset/" + released.slug());
        Element select = page.html().selectFirst("#preview-filters select[name=f.nama_kabupaten_kota]");
        assertThat(select.select("option").eachText()).contains("Paser", "Balikpapan");
        Page filtered = get("/dataset/" + released.slug() + "?f.nama_kabupaten_kota=Paser");
        assertThat(filtered.html().select("#preview-table tbody tr")).hasSize(1);
        assertThat(filtered.html().selectFirst(".chart-option").data()).contains("Paser").doesNotContain("Balikpapan");
        assertThat(filtered.html().selectFirst("#download-filtered-xlsx").attr("href"))
            .isEqualTo("/download/" + released.slug() + ".xlsx?f.nama_kabupaten_kota=Paser");
        assertThat(filtered.html().selectFirst("option[selected]").text()).isEqualTo("Paser");
        assertThat(get("/dataset/" + released.slug() + "?f.no_such_column=1").status()).isEqualTo(200);
    }

    @Test
    void theDatasetPageShowsTheChartStaffSavedOnTheDashboard() throws Exception {
        CatalogFixtures.as(opds.staff(Role.TEKNIS), () -> dashboardCharts.save(released.id(), 0,
                ChartDefinition.of(ChartKind.PIE, "nama_kabupaten_kota", "luas_km2", Aggregate.SUM)));
        assertThat(get("/dataset/" + released.slug()).html().selectFirst(".chart-option").data()).contains("\"pie\"")
            .contains("11603.94");
    }

    @Test
    void aDatasetPageCarriesCanonicalHreflangOpenGraphAndItsSchemaOrgDataset() throws Exception {
        Opd bappeda = opds.opd("Bappeda");
        Dataset tricky = fixtures.released(bappeda, "Penduduk </script><script>alert(1)</script>", "Penduduk per kota",
                "kependudukan", List.of("penduduk"));
        Page page = get("/dataset/" + tricky.slug());
        String url = "http://localhost:" + port + "/dataset/" + tricky.slug();
        assertThat(page.html().selectFirst("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(page.html().selectFirst("link[hreflang=en]").attr("href")).isEqualTo(url + "?lang=en");
        assertThat(page.html().selectFirst("link[hreflang=id]").attr("href")).isEqualTo(url);
        assertThat(page.html().selectFirst("meta[property=og:title]").attr("content")).startsWith("Penduduk </script>");
        assertThat(page.html().selectFirst("meta[property=og:url]").attr("content")).isEqualTo(url);
        assertThat(page.html().selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        Element script = page.html().selectFirst("head script[type=application/ld+json]");
        assertThat(script.data()).doesNotContain("</script>");
        assertThat(page.html().select("script:containsData(alert(1))")).allMatch(s -> s.attr("type").contains("json"));
        JsonNode ld = JsonMapper.shared().readTree(script.data());
        assertThat(ld.path("@type").asString()).isEqualTo("Dataset");
        assertThat(ld.path("name").asString()).isEqualTo("Penduduk </script><script>alert(1)</script>");
        assertThat(ld.path("url").asString()).isEqualTo(url);
        assertThat(ld.path("identifier").asString()).isEqualTo(tricky.slug());
        assertThat(ld.path("keywords").isArray()).isTrue();
        assertThat(ld.path("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(ld.path("temporalCoverage").asString()).isEqualTo("2020/2023");
        assertThat(ld.path("spatialCoverage").path("name").asString()).isEqualTo("Provinsi Kalimantan Timur");
        assertThat(ld.path("creator").path("name").asString()).isEqualTo(bappeda.name());
        assertThat(ld.path("distribution").findValuesAsString("encodingFormat")).contains("text/csv");
        assertThat(ld.path("distribution").findValuesAsString("contentUrl"))
            .contains("http://localhost:" + port + "/download/" + tricky.slug() + ".csv");
        assertThat(get("/").response().body()).doesNotContain("application/ld+json");
    }

    @Test
    void theEnglishVersionIsItsOwnAddressAndItsLinksStayEnglish() throws Exception {
        Page page = get("/dataset/" + released.slug() + "?lang=en");
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.text("#metadata-section h2")).isEqualTo("Metadata");
        assertThat(page.text("#timeliness")).contains("Yearly");
        assertThat(page.html().selectFirst("link[rel=canonical]").attr("href")).endsWith("?lang=en");
        assertThat(page.html().selectFirst("#meta-organisation").attr("href")).endsWith("?lang=en");
        assertThat(page.html().selectFirst("#lang-id").attr("href")).isEqualTo("/dataset/" + released.slug());
        assertThat(get("/?lang=en").text("h1")).startsWith("One Data Portal");
    }

    @Test
    void unreleasedAndWithdrawnDatasetPagesAreNotFoundAndSayNothingAboutThem() throws Exception {
        for (Dataset hidden : List.of(internal, withdrawn)) {
            Page page = get("/dataset/" + hidden.slug());
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.html().select("#not-found")).hasSize(1);
            assertThat(page.response().body()).doesNotContain(hidden.title()).doesNotContain("ld+json");
        }
        assertThat(get("/dataset/no-such-dataset").status()).isEqualTo(404);
    }

    @Test
    void organisationAndTopicPagesListOnlyReleasedDatasetsAndShowTheirUpkeep() throws Exception {
        Page organisation = get("/organisasi/" + dinkes.code());
        assertThat(organisation.status()).isEqualTo(200);
        assertThat(organisation.cardTitles()).containsExactly("Jumlah Penduduk Kaltim Publik");
        assertThat(organisation.text("#standing-current")).isEqualTo("1 dari 1 dataset mutakhir");
        assertThat(get("/organisasi/" + dinkes.code() + "?lang=en").text("p.lead")).isEqualTo("1 dataset");
        Page topic = get("/topik/kependudukan");
        assertThat(topic.cardTitles()).contains("Jumlah Penduduk Kaltim Publik")
            .doesNotContain("Rekap Gizi Rahasia", "Kasus DBD Ditarik");
        assertThat(get("/topik/tidak-ada").status()).isEqualTo(404);
        assertThat(get("/organisasi/TIDAK-ADA").status()).isEqualTo(404);
    }

    @Test
    void organisationsAndTopicsListsShowCounts() throws Exception {
        Page organisations = get("/organisasi");
        assertThat(organisations.html().select(".organisation-list a").eachText()).containsOnlyOnce(dinkes.name());
        assertThat(get("/topik").html().select("a.topic-tile")).hasSize(14);
    }

    @Test
    void searchFindsReleasedDatasetsWithHighlightsAndFacetLinksButNeverUnreleasedOnes() throws Exception {
        // all three words: other test classes share the database and release datasets
        // about "penduduk" too
        Page search = get("/cari?q=penduduk+kaltim+publik");
        assertThat(search.cardTitles()).contains("Jumlah Penduduk Kaltim Publik")
            .doesNotContain("Rekap Gizi Rahasia", "Kasus DBD Ditarik");
        assertThat(search.html().select("a.dataset-card-title mark")).isNotEmpty();
        assertThat(search.html().selectFirst("#search-field").val()).isEqualTo("penduduk kaltim publik");
        Element facet = search.html()
            .select("#facet-topic a")
            .stream()
            .filter(a -> a.text().contains("Kependudukan"))
            .findFirst()
            .orElseThrow();
        assertThat(facet.attr("href")).isEqualTo("/cari?q=penduduk+kaltim+publik&topic=kependudukan");
        Page filtered = get(facet.attr("href"));
        assertThat(filtered.cardTitles()).contains("Jumlah Penduduk Kaltim Publik");
        assertThat(filtered.html().selectFirst("#facet-topic a[aria-current=true]").attr("href"))
            .isEqualTo("/cari?q=penduduk+kaltim+publik");
        assertThat(filtered.html().select("form[role=search] input[type=hidden][name=topic]").val())
            .isEqualTo("kependudukan");
        assertThat(filtered.html().title()).startsWith("penduduk kaltim publik");
    }

    @Test
    void searchPagesAreLinkedByPlainLinks() throws Exception {
        Page all = get("/cari");
        assertThat(all.cardTitles()).isNotEmpty().doesNotContain("Rekap Gizi Rahasia", "Kasus DBD Ditarik");
        assertThat(all.html().select("#sort a").eachAttr("href")).contains("/cari?urut=newest", "/cari?urut=title");
        if (!all.html().select("#pager-next").isEmpty()) {
            Page second = get(all.html().selectFirst("#pager-next").attr("href"));
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.html().selectFirst("#pager-previous")).isNotNull();
        }
    }

    @Test
    void emptyAndNonsenseQueriesAreAnsweredGracefully() throws Exception {
        for (String nonsense : List.of("%22%28%5B%7B*%3F~%5E", "zzqqxxyy", "AND%20OR%20NOT", "%3Cscript%3E")) {
            Page page = get("/cari?q=" + nonsense + "&hal=99999&urut=bogus&year=abc");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.html().select("#no-results")).hasSize(1);
            assertThat(page.response().body()).doesNotContain("<script>");
        }
    }

    @Test
    void aReturningVisitorGetsNotModifiedForAnUnchangedPage() throws Exception {
        Page first = get("/dataset/" + released.slug());
        String etag = first.response().headers().firstValue("ETag").orElseThrow();
        assertThat(first.response().headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        assertThat(first.response().headers().firstValue("Last-Modified")).isPresent();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/topik"))
            .header("If-None-Match", get("/topik").response().headers().firstValue("ETag").orElseThrow())
            .GET()
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(etag).isNotBlank();
    }

    @Test
    void theHomePageIsAtTheRootAndTheBackOfficeClientsRequestsThereStayVaadins() throws Exception {
        Page home = get("/?lang=en");
        assertThat(home.html().selectFirst("link[rel=canonical]").attr("href"))
            .isEqualTo("http://localhost:" + port + "/?lang=en");
        assertThat(home.html().selectFirst("link[hreflang=id]").attr("href"))
            .isEqualTo("http://localhost:" + port + "/");
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
            .header("If-None-Match", get("/").response().headers().firstValue("ETag").orElseThrow())
            .GET()
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as("the home page has its ETag").isEqualTo(304);
        assertThat(get(HomeController.PATH).status()).as("one address for the home page").isEqualTo(404);
        Page vaadinInit = get("/?v-r=init&location=login");
        assertThat(vaadinInit.status()).isEqualTo(200);
        assertThat(vaadinInit.response().body()).as("Vaadin's answer, not the home page")
            .doesNotContain("<h1")
            .contains("\"appConfig\"");
    }

    @Test
    void assetsAreFingerprintedAndKeptForAYear() throws Exception {
        String css = get("/").html().selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/pub/portal\\.[0-9a-f]{12}\\.css");
        HttpResponse<String> asset = get(css).response();
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
        assertThat(get("/pub/portal.css").status()).isEqualTo(404);
    }

}
