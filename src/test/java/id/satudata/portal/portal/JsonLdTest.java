package id.satudata.portal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.PortalTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schema.org JSON-LD put into the initial HTML of dataset pages. */
@PortalTest
class JsonLdTest {

    @Autowired
    JsonLdInjector injector;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    static Document page() {
        return Jsoup.parse("<!doctype html><html><head><title>x</title></head><body></body></html>");
    }

    @Test
    void aReleasedDatasetPageCarriesItsSchemaOrgDataset() {
        Opd bps = opds.opd("Bappeda");
        Dataset released = fixtures.released(bps, "Penduduk </script><script>alert(1)</script>", "Penduduk per kota",
                "kependudukan", List.of("penduduk"));
        Document page = page();
        assertThat(injector.describe(page, "/dataset/" + released.slug(), "https://data.example.go.id")).isTrue();
        Element script = page.selectFirst("head script[type=application/ld+json]");
        assertThat(script).isNotNull();
        assertThat(script.data()).doesNotContain("</script>");
        JsonNode ld = JsonMapper.shared().readTree(script.data());
        assertThat(ld.path("@type").asString()).isEqualTo("Dataset");
        assertThat(ld.path("name").asString()).isEqualTo("Penduduk </script><script>alert(1)</script>");
        assertThat(ld.path("url").asString()).isEqualTo("https://data.example.go.id/dataset/" + released.slug());
        assertThat(ld.path("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(ld.path("temporalCoverage").asString()).isEqualTo("2020/2023");
        assertThat(ld.path("creator").path("name").asString()).isEqualTo(bps.name());
        assertThat(ld.path("distribution").findValuesAsString("contentUrl"))
            .contains("https://data.example.go.id/download/" + released.slug() + ".csv");
        assertThat(page.title()).startsWith("Penduduk");
    }

    @Test
    void unreleasedDatasetsAndOtherPagesGetNothing() {
        Dataset internal = fixtures.dataset(opds.opd("Bappeda"), "Rahasia", "Belum dirilis", Visibility.INTERNAL);
        for (String path : List.of("/dataset/" + internal.slug(), "/dataset/tidak-ada", "/", "/cari")) {
            Document page = page();
            boolean datasetPage = path.startsWith("/dataset/");
            assertThat(injector.describe(page, path, "")).as("%s is answered 404", path).isEqualTo(!datasetPage);
            assertThat(page.select("script")).as(path).isEmpty();
            assertThat(page.html()).doesNotContain("Rahasia");
        }
    }

}
