package id.satudata.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.api.ApiClient;
import id.satudata.portal.api.ApiWebTest;
import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ApiWebTest
class SuggestionApiTest {

    @LocalServerPort
    int port;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @Test
    void theSearchBoxGetsReleasedTitlesStartingWithTheTypedWordsAsJson() {
        Opd opd = opds.opd("Dinkes");
        Dataset released = fixtures.released(opd, "Omikronsa Angka Harapan Hidup", "AHH", "kesehatan", List.of());
        fixtures.dataset(opd, "Omikronsa Angka Rahasia", "Internal", Visibility.INTERNAL);
        ApiClient api = new ApiClient(port);

        ApiClient.Answer answer = api.get("/api/v1/search/suggestions?q=omikronsa%20angka%20ha&limit=5");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode found = answer.json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("title").asString()).isEqualTo("Omikronsa Angka Harapan Hidup");
        assertThat(found.get(0).path("slug").asString()).isEqualTo(released.slug());
        assertThat(api.get("/api/v1/search/suggestions?q=omikronsa%20angka%20ra").json()).isEmpty();
    }

    @Test
    void aLimitOutOfRangeOrNotANumberIsATranslatedBadRequest() {
        ApiClient api = new ApiClient(port);
        ApiClient.Answer tooMany = api.get("/api/v1/search/suggestions?q=jumlah&limit=500");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("field").asString()).isEqualTo("limit");
        assertThat(tooMany.json().path("message").asString())
            .isEqualTo("Jumlah hasil per halaman harus antara 1 dan 20.");
        ApiClient.Answer english = api
            .send(api.request("/api/v1/search/suggestions?q=jumlah&limit=lots").header("Accept-Language", "en"));
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().path("message").asString())
            .isEqualTo("The number of results per page must be between 1 and 20.");
    }

}
