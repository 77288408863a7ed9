package id.satudata.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.api.ckan.CkanAction;
import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.SignedIn;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ApiWebTest
class OpenApiAndLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void openApiDescriptionParsesAndListsEveryPublicPath() {
        ApiClient.Answer answer = new ApiClient(port).get("/api/openapi.json");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode doc = answer.json();
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        assertThat(doc.path("info").path("title").asString()).contains("Satu Data");
        List<String> paths = doc.path("paths").propertyNames().stream().toList();
        for (CkanAction action : CkanAction.values()) {
            assertThat(paths).contains("/api/3/action/" + action.actionName());
            JsonNode item = doc.path("paths").path("/api/3/action/" + action.actionName());
            assertThat(item.has("get") && item.has("post")).as(action.actionName()).isTrue();
        }
        assertThat(doc.path("paths")
            .path("/api/dcat/catalog.rdf")
            .path("get")
            .path("parameters")
            .findValuesAsString("name")).containsExactly("page", "modified_since");
        assertThat(paths).contains("/api/dcat/catalog.jsonld", "/api/dcat/catalog.ttl", "/api/datapackage/{slug}.json",
                "/api/v1/datasets/{slug}/rows");
        assertThat(paths).noneMatch(p -> p.contains("{name}"));
        JsonNode search = doc.path("paths").path("/api/3/action/datastore_search").path("get").path("parameters");
        assertThat(search.findValuesAsString("name")).contains("resource_id", "filters", "q", "limit", "offset", "sort",
                "fields");
    }

    @Test
    void dataPackageDescribesTheCsvWithItsTableSchemaAndLicence() {
        Opd opd = opds.opd("Disdik");
        Dataset released = fixtures.released(opd, "Jumlah Sekolah", "Sekolah per kabupaten/kota", "pendidikan",
                List.of("sekolah"));
        Dataset internal = fixtures.dataset(opd, "Data Guru Internal", "Belum dirilis", Visibility.INTERNAL);
        ApiClient api = new ApiClient(port);
        ApiClient.Answer answer = api.get("/api/datapackage/" + released.slug() + ".json");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode p = answer.json();
        assertThat(p.path("profile").asString()).isEqualTo("tabular-data-package");
        assertThat(p.path("name").asString()).isEqualTo(released.slug());
        assertThat(p.path("licenses").get(0).path("name").asString()).isEqualTo("CC-BY-4.0");
        assertThat(p.path("licenses").get(0).path("path").asString()).startsWith("https://creativecommons.org/");
        JsonNode resource = p.path("resources").get(0);
        assertThat(resource.path("path").asString()).endsWith("/download/" + released.slug() + ".csv");
        assertThat(resource.path("profile").asString()).isEqualTo("tabular-data-resource");
        JsonNode fields = resource.path("schema").path("fields");
        assertThat(fields.findValuesAsString("name")).containsExactly("kode_kabupaten_kota", "nama_kabupaten_kota",
                "tahun", "jumlah_penduduk", "luas_km2");
        assertThat(fields.findValuesAsString("type")).containsExactly("string", "string", "year", "integer", "number");
        assertThat(fields.get(0).path("constraints").path("required").asBoolean()).isTrue();
        ApiClient.Answer hidden = api.get("/api/datapackage/" + internal.slug() + ".json");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().path("error").path("__type").asString()).isEqualTo("Not Found Error");
        assertThat(api.get("/api/datapackage/tidak-ada.json").status()).isEqualTo(404);
    }

    @Test
    void corsAllowsGetFromAnyOriginWithAPreflight() {
        ApiClient api = new ApiClient(port);
        ApiClient.Answer preflight = api.send(api.request("/api/3/action/package_list")
            .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
            .header("Origin", "https://example.org")
            .header("Access-Control-Request-Method", "GET"));
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET");
        ApiClient.Answer get = api
            .send(api.request("/api/3/action/package_list").header("Origin", "https://example.org"));
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.header("Access-Control-Allow-Origin")).isEqualTo("*");
        ApiClient.Answer delete = api.send(api.request("/api/3/action/package_list")
            .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
            .header("Origin", "https://example.org")
            .header("Access-Control-Request-Method", "DELETE"));
        assertThat(delete.status()).isEqualTo(403);
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfterWhileOthersGoOn() {
        ApiClient greedy = new ApiClient(port);
        String path = "/api/3/action/help_show?name=package_list";
        int allowed = 0;
        ApiClient.Answer answer = greedy.get(path);
        while (answer.status() == 200 && allowed < 100) {
            allowed++;
            answer = greedy.get(path);
        }
        assertThat(allowed).isBetween(40, 45);
        assertThat(answer.status()).isEqualTo(429);
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 2);
        assertThat(answer.json().path("success").asBoolean()).isFalse();
        assertThat(answer.json().path("error").path("__type").asString()).isEqualTo("Rate Limit Error");
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(new ApiClient(port).get(path).status()).isEqualTo(200);
    }

}
