package id.satudata.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * robots.txt and sitemap.xml over real HTTP, anonymously: every URL of the sitemap
 * answers 200, and nothing unreleased is in either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CrawlerTest {

    @LocalServerPort
    int port;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    final HttpClient http = HttpClient.newHttpClient();

    Opd dinkes;

    Dataset released;

    Dataset internal;

    Dataset withdrawn;

    @BeforeEach
    void datasets() {
        dinkes = opds.opd("Dinkes");
        released = fixtures.released(dinkes, "Penduduk di Sitemap", "Dirilis", "kependudukan", List.of("penduduk"));
        internal = fixtures.dataset(dinkes, "Gizi Internal Sitemap", "Belum dirilis", Visibility.INTERNAL);
        withdrawn = fixtures.released(dinkes, "DBD Ditarik Sitemap", "Ditarik", "kependudukan", List.of("penduduk"));
        fixtures.withdraw(withdrawn);
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void robotsAllowThePortalAndTheReadApiAndKeepCrawlersOutOfTheBackOffice() throws Exception {
        HttpResponse<String> robots = get(base() + "/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(robots.body().lines()).contains("Allow: /", "Allow: /api/3/action/", "Disallow: /app",
                "Sitemap: " + base() + "/sitemap.xml");
        assertThat(robots.body()).doesNotContain(internal.slug(), withdrawn.slug());
    }

    @Test
    void everyUrlOfTheSitemapAnswers200AndNoUnreleasedDatasetIsInIt() throws Exception {
        HttpResponse<String> sitemap = get(base() + "/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        Document xml = Jsoup.parse(sitemap.body(), "", Parser.xmlParser());
        List<String> urls = xml.select("url > loc").eachText();
        assertThat(urls).contains(base() + "/", base() + "/dataset/" + released.slug(),
                base() + "/organisasi/" + dinkes.code(), base() + "/topik/kependudukan");
        assertThat(sitemap.body()).doesNotContain(internal.slug(), withdrawn.slug());
        assertThat(xml.select("url > lastmod").eachText()).allSatisfy(d -> OffsetDateTime.parse(d));
        for (String url : urls) {
            assertThat(get(url).statusCode()).as(url).isEqualTo(200);
        }
    }

    @Test
    void beyondTheLimitTheSitemapBecomesAnIndexOfParts() {
        assertThat(Sitemap.parts(3, 2)).isEqualTo(2);
        assertThat(Sitemap.parts(2, 2)).isEqualTo(1);
        assertThat(Sitemap.parts(0, 50_000)).isEqualTo(1);
        String index = Sitemap.index(2, "https://data.example.go.id");
        assertThat(Jsoup.parse(index, "", Parser.xmlParser()).select("sitemapindex > sitemap > loc").eachText())
            .containsExactly("https://data.example.go.id/sitemap-1.xml", "https://data.example.go.id/sitemap-2.xml");
        List<Sitemap.Entry> entries = IntStream.range(0, 3).mapToObj(i -> new Sitemap.Entry("/d" + i, null)).toList();
        assertThat(Sitemap.urlSet(entries, "https://x")).contains("<loc>https://x/d2</loc>");
    }

}
