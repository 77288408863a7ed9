package id.satudata.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.SignedIn;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ApiWebTest
class CkanApiTest {

    @LocalServerPort
    int port;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    ApiClient api;

    Opd dinkes;

    Dataset puskesmas;

    @BeforeEach
    void released() {
        api = new ApiClient(port);
        dinkes = opds.opd("Dinkes");
        puskesmas = fixtures.released(dinkes, "Jumlah Puskesmas", "Puskesmas per kabupaten/kota", "kesehatan",
                List.of("puskesmas", "fasilitas kesehatan"));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonNode ok(ApiClient.Answer answer, String action) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("help").asString()).endsWith("/api/3/action/help_show?name=" + action);
        assertThat(json.path("success").asBoolean()).isTrue();
        return json.path("result");
    }

    private void notFound(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.json().path("success").asBoolean()).isFalse();
        assertThat(answer.json().path("error").path("__type").asString()).isEqualTo("Not Found Error");
    }

    @Test
    void packageShowGivesCkansPackageDictBySlugOrIdOverGetAndPost() {
        JsonNode p = ok(api.get("/api/3/action/package_show?id=" + puskesmas.slug()), "package_show");
        assertThat(p.path("name").asString()).isEqualTo(puskesmas.slug());
        String uuid = p.path("id").asString();
        assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(p.path("title").asString()).isEqualTo("Jumlah Puskesmas");
        assertThat(p.path("type").asString()).isEqualTo("dataset");
        assertThat(p.path("private").asBoolean()).isFalse();
        assertThat(p.path("license_id").asString()).isEqualTo("CC-BY-4.0");
        assertThat(p.path("isopen").asBoolean()).isTrue();
        assertThat(p.path("organization").path("name").asString()).isEqualTo(dinkes.slug())
            .matches("^[a-z0-9_-]{2,100}$");
        assertThat(p.path("organization").path("title").asString()).isEqualTo(dinkes.name());
        assertThat(p.path("owner_org").asString()).isEqualTo(String.valueOf(dinkes.id()));
        assertThat(p.path("metadata_created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
        assertThat(p.path("groups").get(0).path("name").asString()).isEqualTo("kesehatan");
        assertThat(p.path("tags").findValuesAsString("name")).containsExactly("fasilitas-kesehatan", "puskesmas");
        assertThat(p.path("num_tags").asInt()).isEqualTo(2);
        assertThat(p.path("maintainer_email").asString()).isEqualTo("statistik@example.go.id");
        assertThat(p.path("extras").findValuesAsString("key")).contains("walidata", "satuan", "periode_awal");
        JsonNode resources = p.path("resources");
        assertThat(p.path("num_resources").asInt()).isEqualTo(resources.size()).isEqualTo(4);
        assertThat(resources.findValuesAsString("format")).containsExactly("CSV", "JSON", "XLSX", "API");
        assertThat(resources.findValuesAsString("id")).doesNotHaveDuplicates()
            .allMatch(id -> id.matches("[0-9a-f-]{36}"))
            .doesNotContain(uuid);
        assertThat(resources.findValuesAsString("package_id")).containsOnly(uuid);
        assertThat(resources.get(0).path("url").asString()).endsWith("/download/" + puskesmas.slug() + ".csv");
        assertThat(resources.get(0).path("datastore_active").asBoolean()).isTrue();
        assertThat(resources.get(2).path("url").asString()).endsWith("/download/" + puskesmas.slug() + ".xlsx");
        assertThat(resources.get(3).path("url").asString())
            .endsWith("/api/3/action/datastore_search?resource_id=" + resources.get(3).path("id").asString());
        for (String key : List.of("author", "maintainer", "notes", "url", "version", "state", "metadata_modified",
                "relationships_as_subject", "relationships_as_object")) {
            assertThat(p.has(key)).as(key).isTrue();
        }
        JsonNode byId = ok(api.get("/api/action/package_show?id=" + puskesmas.id()), "package_show");
        assertThat(byId.path("name").asString()).isEqualTo(puskesmas.slug());
        assertThat(ok(api.get("/api/3/action/package_show?id=" + uuid), "package_show")).isEqualTo(p);
        JsonNode posted = ok(api.post("/api/3/action/package_show", "{\"id\": \"" + puskesmas.slug() + "\"}"),
                "package_show");
        assertThat(posted).isEqualTo(p);
    }

    @Test
    void unreleasedDatasetsAreNotFoundInAnyAction() {
        Dataset internal = fixtures.dataset(dinkes, "Rekap Internal Gizi", "Belum dirilis", Visibility.INTERNAL);
        fixtures.describe(internal, "kesehatan", List.of("rahasia-internal"), 2021, 2022);
        Dataset draft = fixtures.dataset(dinkes, "Draf Imunisasi", "Draf", Visibility.DRAFT);
        Dataset withdrawn = fixtures.released(dinkes, "Kasus DBD Ditarik", "Kasus demam berdarah", "kesehatan",
                List.of("dbd-ditarik"));
        fixtures.withdraw(withdrawn);
        List<String> names = ok(api.get("/api/3/action/package_list"), "package_list").valueStream()
            .map(JsonNode::asString)
            .toList();
        assertThat(names).contains(puskesmas.slug());
        List<String> search = new ArrayList<>();
        ok(api.get("/api/3/action/package_search?rows=1000&fq=organization:" + dinkes.code()), "package_search")
            .path("results")
            .forEach(r -> search.add(r.path("name").asString()));
        assertThat(search).containsExactly(puskesmas.slug());
        List<String> orgPackages = new ArrayList<>();
        ok(api.get("/api/3/action/organization_show?include_datasets=true&id=" + dinkes.code()), "organization_show")
            .path("packages")
            .forEach(r -> orgPackages.add(r.path("name").asString()));
        assertThat(orgPackages).containsExactly(puskesmas.slug());
        List<String> tags = ok(api.get("/api/3/action/tag_list"), "tag_list").valueStream()
            .map(JsonNode::asString)
            .toList();
        assertThat(tags).contains("puskesmas").doesNotContain("rahasia-internal", "dbd-ditarik");
        for (Dataset hidden : List.of(internal, draft, withdrawn)) {
            assertThat(names).doesNotContain(hidden.slug());
            notFound(api.get("/api/3/action/package_show?id=" + hidden.slug()));
            notFound(api.get("/api/3/action/package_show?id=" + hidden.id()));
            notFound(api.post("/api/3/action/package_show", "{\"id\": \"" + hidden.slug() + "\"}"));
            notFound(api.get("/api/3/action/datastore_search?resource_id=" + hidden.slug()));
            notFound(api.get("/api/3/action/datastore_search?resource_id=" + hidden.slug() + "-api"));
            assertThat(api.get("/api/datapackage/" + hidden.slug() + ".json").status()).isEqualTo(404);
            assertThat(api.get("/api/dcat/catalog.ttl").body()).doesNotContain("/dataset/" + hidden.slug() + "#");
            assertThat(ok(api.get("/api/3/action/package_search?q=" + encode(hidden.title())), "package_search")
                .path("count")
                .asInt()).isZero();
        }
    }

    /** A key of each result (not of the dicts nested in it). */
    private static List<String> top(JsonNode result, String key) {
        return result.path("results").valueStream().map(r -> r.path(key).asString()).toList();
    }

    private static List<String> titles(JsonNode result) {
        return result.path("results").valueStream().map(r -> r.path("title").asString()).toList();
    }

    @Test
    void packageSearchFiltersSortsPagesAndCountsFacets() {
        Opd bps = opds.opd("BPS");
        fixtures.released(bps, "Angka Kemiskinan", "Penduduk miskin per kabupaten", "sosial",
                List.of("kemiskinan", "sosial"));
        fixtures.released(bps, "Indeks Pembangunan Manusia", "IPM per kabupaten", "sosial", List.of("ipm"));
        fixtures.released(bps, "Ekspor Batubara", "Nilai ekspor", "ekonomi", List.of("ekspor", "sosial"));
        String fq = encode("organization:" + bps.code());
        JsonNode all = ok(api.get("/api/3/action/package_search?fq=" + fq + "&sort=title_string+asc" + "&facet.field="
                + encode("[\"tags\",\"groups\",\"organization\"]") + "&facet.limit=2"), "package_search");
        assertThat(all.path("count").asInt()).isEqualTo(3);
        assertThat(all.path("sort").asString()).isEqualTo("title_string asc");
        assertThat(all.path("results").valueStream().map(t -> t.path("title").asString()).toList())
            .containsExactly("Angka Kemiskinan", "Ekspor Batubara", "Indeks Pembangunan Manusia");
        assertThat(all.path("facets").path("tags").path("sosial").asInt()).isEqualTo(2);
        assertThat(all.path("facets").path("tags").size()).isEqualTo(2);
        assertThat(all.path("facets").path("groups").path("sosial").asInt()).isEqualTo(2);
        JsonNode orgFacet = all.path("search_facets").path("organization");
        assertThat(orgFacet.path("title").asString()).isEqualTo("organization");
        assertThat(orgFacet.path("items").get(0).path("display_name").asString()).isEqualTo(bps.name());
        assertThat(orgFacet.path("items").get(0).path("count").asInt()).isEqualTo(3);
        JsonNode page = ok(api.get("/api/3/action/package_search?fq=" + fq + "&sort=title_string+asc&rows=1&start=1"),
                "package_search");
        assertThat(page.path("count").asInt()).isEqualTo(3);
        assertThat(page.path("results").valueStream().map(t -> t.path("title").asString()).toList())
            .containsExactly("Ekspor Batubara");
        JsonNode words = ok(
                api.post("/api/3/action/package_search",
                        "{\"q\": \"kabupaten miskin\", \"fq\": \"+organization:" + bps.code() + " groups:sosial\"}"),
                "package_search");
        assertThat(words.path("results").valueStream().map(t -> t.path("title").asString()).toList())
            .containsExactly("Angka Kemiskinan");
        JsonNode sorted = ok(
                api.get("/api/3/action/package_search?include_private=true&rows=1000&sort=" + encode("id asc") + "&fq="
                        + encode("organization:" + bps.slug() + " OR organization:" + dinkes.code())),
                "package_search");
        List<String> ids = top(sorted, "id");
        assertThat(ids).hasSize(4).isSorted();
        assertThat(top(ok(api.get("/api/3/action/package_search?rows=1000&sort=" + encode("name asc") + "&fq=" + fq),
                "package_search"), "name"))
            .hasSize(3)
            .isSorted();
        List<String> newest = top(
                ok(api.get("/api/3/action/package_search?sort=" + encode("metadata_modified desc") + "&fq="
                        + encode("-organization:" + dinkes.slug() + " organization:" + bps.slug())), "package_search"),
                "metadata_modified");
        assertThat(newest).hasSize(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode formats = ok(api.get("/api/3/action/package_search?rows=0&fq=" + fq + "&facet.field="
                + encode("[\"res_format\",\"license_id\"]")), "package_search");
        assertThat(formats.path("results").size()).isZero();
        assertThat(formats.path("search_facets").path("res_format").path("items").findValuesAsString("name"))
            .containsExactlyInAnyOrder("CSV", "JSON", "XLSX", "API");
        assertThat(formats.path("search_facets").path("license_id").path("items").get(0).path("count").asInt())
            .isEqualTo(3);
        ApiClient.Answer dateMath = api
            .get("/api/3/action/package_search?fq=" + encode("metadata_modified:[NOW-1DAY TO *]"));
        assertThat(dateMath.status()).isEqualTo(400);
        assertThat(dateMath.json().path("error").path("message").asString()).contains("NOW-1DAY");
        JsonNode byTag = ok(api.get("/api/3/action/package_search?fq=" + encode("tags:\"ipm\"")), "package_search");
        assertThat(byTag.path("results").valueStream().map(t -> t.path("title").asString()).toList())
            .contains("Indeks Pembangunan Manusia");
    }

    @Test
    void datastoreSearchGivesRecordsFieldsTotalAndLinks() {
        String base = "/api/3/action/datastore_search?resource_id=" + puskesmas.slug();
        JsonNode r = ok(api.get(base + "&limit=2"), "datastore_search");
        assertThat(r.path("total").asInt()).isEqualTo(3);
        assertThat(r.path("records").size()).isEqualTo(2);
        assertThat(r.path("records").get(0).path("_id").asInt()).isEqualTo(1);
        assertThat(r.path("records").get(0).path("nama_kabupaten_kota").asString()).isEqualTo("Paser");
        assertThat(r.path("records").get(0).path("jumlah_penduduk").asLong()).isEqualTo(300000);
        assertThat(r.path("fields").get(0).toString()).isEqualTo("{\"id\":\"_id\",\"type\":\"int\"}");
        assertThat(r.path("fields").findValuesAsString("id")).containsExactly("_id", "kode_kabupaten_kota",
                "nama_kabupaten_kota", "tahun", "jumlah_penduduk", "luas_km2");
        assertThat(r.path("fields").findValuesAsString("type")).containsExactly("int", "text", "text", "int", "int",
                "numeric");
        assertThat(r.path("fields").get(4).path("info").path("label").asString()).isEqualTo("Jumlah Penduduk");
        assertThat(r.path("_links").path("start").asString()).startsWith("/api/3/action/datastore_search?");
        assertThat(r.path("_links").path("next").asString()).contains("offset=2");
        JsonNode filtered = ok(api.get(base + "&filters=" + encode("{\"kode_kabupaten_kota\": [\"6401\", \"6471\"]}")
                + "&sort=" + encode("jumlah_penduduk desc") + "&fields=nama_kabupaten_kota,tahun"), "datastore_search");
        assertThat(filtered.path("total").asInt()).isEqualTo(2);
        assertThat(filtered.path("records").findValuesAsString("nama_kabupaten_kota")).containsExactly("Balikpapan",
                "Paser");
        assertThat(filtered.path("records").get(0).propertyNames()).containsExactly("_id", "nama_kabupaten_kota",
                "tahun");
        assertThat(filtered.path("filters").path("kode_kabupaten_kota").size()).isEqualTo(2);
        JsonNode posted = ok(api.post("/api/3/action/datastore_search",
                "{\"resource_id\": \"" + puskesmas.slug()
                        + "\", \"q\": {\"nama_kabupaten_kota\": \"kutai\"}, \"filters\": {\"tahun\": 2023},"
                        + " \"records_format\": \"lists\", \"offset\": 0}"),
                "datastore_search");
        assertThat(posted.path("total").asInt()).isEqualTo(1);
        assertThat(posted.path("records").get(0).toString())
            .isEqualTo("[2,\"6402\",\"Kutai Barat\",2023,170000,20384.6]");
        JsonNode api2 = ok(api.get("/api/3/action/datastore_search?resource_id=" + puskesmas.slug() + "-api&offset=3"),
                "datastore_search");
        assertThat(api2.path("records").size()).isZero();
        assertThat(api2.path("total").asInt()).isEqualTo(3);
    }

    @Test
    void resourcesAreShownAndReadByTheirUuidsAndTheSiteTellsItsStatus() {
        JsonNode p = ok(api.get("/api/3/action/package_show?id=" + puskesmas.slug()), "package_show");
        JsonNode csv = p.path("resources").get(0);
        JsonNode shown = ok(api.get("/api/3/action/resource_show?id=" + csv.path("id").asString()), "resource_show");
        assertThat(shown).isEqualTo(csv);
        JsonNode xlsx = p.path("resources").get(2);
        assertThat(ok(api.get("/api/3/action/resource_show?id=" + xlsx.path("id").asString()), "resource_show")
            .path("format")
            .asString()).isEqualTo("XLSX");
        for (JsonNode datastore : List.of(csv, p.path("resources").get(3))) {
            JsonNode rows = ok(
                    api.get("/api/3/action/datastore_search?limit=1&resource_id=" + datastore.path("id").asString()),
                    "datastore_search");
            assertThat(rows.path("total").asInt()).isEqualTo(3);
        }
        notFound(api.get("/api/3/action/datastore_search?resource_id=" + xlsx.path("id").asString()));
        notFound(api.get("/api/3/action/resource_show?id=00000000-0000-4000-8000-000000000000"));
        JsonNode status = ok(api.get("/api/3/action/status_show"), "status_show");
        assertThat(status.path("ckan_version").asString()).startsWith("2.");
        assertThat(status.path("site_title").asString()).startsWith("Satu Data");
        assertThat(status.path("site_url").asString()).isEqualTo("http://localhost:" + port);
        assertThat(status.path("extensions").valueStream().map(JsonNode::asString).toList()).contains("datastore");
    }

    @Test
    void listsOrganizationsGroupsAndTags() {
        JsonNode names = ok(api.get("/api/3/action/organization_list"), "organization_list");
        assertThat(names.valueStream().map(JsonNode::asString).toList()).contains(dinkes.slug())
            .allMatch(name -> name.matches("^[a-z0-9_-]{2,100}$"));
        JsonNode orgs = ok(api.get("/api/3/action/organization_list?all_fields=true&sort=package_count&limit=1000"),
                "organization_list");
        JsonNode ours = orgs.valueStream()
            .filter(o -> o.path("name").asString().equals(dinkes.slug()))
            .findFirst()
            .orElseThrow();
        assertThat(ours.path("package_count").asInt()).isEqualTo(1);
        assertThat(ours.path("is_organization").asBoolean()).isTrue();
        assertThat(ours.path("type").asString()).isEqualTo("organization");
        assertThat(ours.path("extras").get(0).path("value").asString()).isEqualTo(dinkes.code());
        for (String id : List.of(dinkes.slug(), dinkes.code(), String.valueOf(dinkes.id()))) {
            assertThat(ok(api.get("/api/3/action/organization_show?id=" + id), "organization_show").path("title")
                .asString()).isEqualTo(dinkes.name());
        }
        JsonNode groups = ok(api.get("/api/3/action/group_list?all_fields=true&limit=100"), "group_list");
        JsonNode kesehatan = groups.valueStream()
            .filter(g -> g.path("name").asString().equals("kesehatan"))
            .findFirst()
            .orElseThrow();
        assertThat(kesehatan.path("package_count").asInt()).isPositive();
        assertThat(kesehatan.path("title").asString()).isEqualTo("Kesehatan");
        JsonNode group = ok(api.get("/api/3/action/group_show?id=kesehatan&include_datasets=true"), "group_show");
        assertThat(group.path("packages").findValuesAsString("name")).contains(puskesmas.slug());
        assertThat(ok(api.get("/api/3/action/tag_list?query=puskes"), "tag_list").valueStream()
            .map(JsonNode::asString)
            .toList()).contains("puskesmas").doesNotContain("fasilitas-kesehatan");
        notFound(api.get("/api/3/action/organization_show?id=tidak-ada"));
    }

    @Test
    void badRequestsGetCkansErrorsAndChangeNothing() {
        ApiClient.Answer unknown = api.get("/api/3/action/package_delete?id=" + puskesmas.slug());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).isEqualTo("\"Bad request - Action name not known: package_delete\"");
        ApiClient.Answer missing = api.get("/api/3/action/package_show");
        assertThat(missing.status()).isEqualTo(409);
        assertThat(missing.json().path("error").toString())
            .isEqualTo("{\"name_or_id\":[\"Missing value\"],\"__type\":\"Validation Error\"}");
        ApiClient.Answer rows = api.get("/api/3/action/package_search?rows=abc");
        assertThat(rows.status()).isEqualTo(409);
        assertThat(rows.json().path("error").path("rows").get(0).asString()).isEqualTo("Invalid integer");
        ApiClient.Answer fq = api.get("/api/3/action/package_search?fq=" + encode("owner:x"));
        assertThat(fq.status()).isEqualTo(400);
        assertThat(fq.json().path("error").path("__type").asString()).isEqualTo("Search Query Error");
        ApiClient.Answer column = api.get("/api/3/action/datastore_search?resource_id=" + puskesmas.slug() + "&filters="
                + encode("{\"tidak_ada\": 1}"));
        assertThat(column.status()).isEqualTo(409);
        assertThat(column.json().path("error").path("__type").asString()).isEqualTo("Validation Error");
        ApiClient.Answer value = api.get("/api/3/action/datastore_search?resource_id=" + puskesmas.slug() + "&filters="
                + encode("{\"tahun\": \"dua ribu\"}"));
        assertThat(value.status()).isEqualTo(409);
        assertThat(value.json().path("error").has("value")).isTrue();
        ApiClient.Answer json = api.post("/api/3/action/package_show", "{\"id\": ");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.body()).startsWith("\"Bad request - JSON Error");
        ApiClient.Answer list = api.post("/api/3/action/package_show", "[1]");
        assertThat(list.status()).isEqualTo(400);
        assertThat(ok(api.get("/api/3/action/package_show?id=" + puskesmas.slug()), "package_show").path("name")
            .asString()).isEqualTo(puskesmas.slug());
    }

}
