package id.satudata.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatasetService;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.search.BenchCorpus;
import id.satudata.portal.test.SignedIn;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Harvesters gather a catalogue of 1,300 generated datasets (about 1,040 released): the
 * CKAN harvester (ckanext-harvest CKANHarvester.gather_stage) exactly as it pages, every
 * released one once and nothing unreleased, then incrementally and with organisation
 * filters; a DCAT harvester walking the feed's hydra pages from first to last. Its own
 * context (rate limit off), so the other API tests do not see these datasets; both tests
 * share the catalogue and read what to expect from the database.
 */
@ApiWebTest
@TestPropertySource(properties = "satudata.api.rate-limit.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HarvestTest {

    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    static final DateTimeFormatter PYTHON_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    OpdFixtures opds;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    DatasetService datasets;

    JdbcTemplate db;

    List<Opd> agencies = new ArrayList<>();

    CkanGather harvester;

    @BeforeAll
    void catalogue() throws Exception {
        db = new JdbcTemplate(dataSource);
        harvester = new CkanGather(new ApiClient(port));
        for (int i = 0; i < 12; i++) {
            agencies.add(opds.opd("Harvest " + i));
        }
        new BenchCorpus().generate(dataSource, agencies.stream().map(Opd::id).toList(),
                agencies.stream().map(Opd::name).toList(), 1300);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private Set<String> released(String condition) {
        return new HashSet<>(db.queryForList(
                "select d.uuid::text from dataset d join opd o on o.id = d.opd_id where d.visibility = 'PUBLIC' and "
                        + condition,
                String.class));
    }

    private Dataset dataset(String uuid) {
        long id = db.queryForObject("select id from dataset where uuid = ?::uuid", Long.class, uuid);
        return CatalogFixtures.as(fixtures.walidata(), () -> datasets.get(id));
    }

    @Test
    void harvesterGathersEveryReleasedDatasetOnceThenTheChangedOnesThenByOrganisation() {
        Set<String> released = released("true");
        Set<String> unreleased = new HashSet<>(
                db.queryForList("select uuid::text from dataset where visibility <> 'PUBLIC'", String.class));
        assertThat(released).hasSizeGreaterThan(1000);
        assertThat(unreleased).isNotEmpty();

        CkanGather.Gathered all = harvester.gather(null);
        assertThat(all.duplicates()).isZero();
        assertThat(all.ids()).hasSize(released.size());
        assertThat(all.idSet()).isEqualTo(released).doesNotContainAnyElementsOf(unreleased);
        assertThat(all.ids()).isSorted();
        assertThat(all.requests()).isEqualTo(released.size() / 100 + 2);

        // the incremental run: changes since the last gather started (naive UTC, "Z"
        // added, as the harvester writes)
        String since = OffsetDateTime.now(ZoneOffset.UTC).format(PYTHON_ISO);
        List<String> changed = all.ids().subList(500, 503);
        changed.forEach(id -> fixtures.describe(dataset(id), "kesehatan", List.of("diubah"), 2021, 2024));
        CkanGather.Gathered incremental = harvester.gather("metadata_modified:[" + since + "Z TO *]");
        assertThat(incremental.ids()).containsExactlyInAnyOrderElementsOf(changed);

        Opd first = agencies.get(0);
        Opd second = agencies.get(1);
        CkanGather.Gathered included = harvester
            .gather("organization:" + first.slug() + " OR organization:" + second.slug());
        assertThat(included.idSet()).isEqualTo(released("o.id in (" + first.id() + ", " + second.id() + ")"))
            .isNotEmpty();
        CkanGather.Gathered excluded = harvester.gather("-organization:" + first.slug());
        assertThat(excluded.idSet()).isEqualTo(released("o.id <> " + first.id()));
        assertThat(excluded.ids()).hasSize(released.size() - released("o.id = " + first.id()).size());
        CkanGather.Gathered includedSince = harvester.gather("organization:" + first.slug() + " OR organization:"
                + second.slug() + " metadata_modified:[" + since + "Z TO *]");
        Map<String, Long> opdOfChanged = changed.stream()
            .collect(Collectors.toMap(id -> id,
                    id -> db.queryForObject("select opd_id from dataset where uuid = ?::uuid", Long.class, id)));
        assertThat(includedSince.idSet()).isEqualTo(changed.stream()
            .filter(id -> opdOfChanged.get(id) == first.id() || opdOfChanged.get(id) == second.id())
            .collect(Collectors.toSet()));
    }

    @Test
    void pagingByIdNeitherSkipsNorRepeatsWhileDatasetsChangeAndOneIsReleased() {
        Set<String> releasedBefore = released("true");
        List<String> some = new ArrayList<>(releasedBefore).subList(0, 4);
        CkanGather.Gathered gathered = harvester.gather(null, page -> {
            if (page == 2) {
                // metadata changes move nothing when sorted by id; a new release shifts
                // later pages by one
                some.forEach(id -> fixtures.describe(dataset(id), "sosial", List.of("baru"), 2019, 2020));
                fixtures.released(agencies.get(3), "Dataset Baru Saat Panen", "Dirilis di tengah panen", "sosial",
                        List.of("baru"));
            }
        });
        assertThat(gathered.idSet()).containsAll(releasedBefore);
        assertThat(gathered.duplicates()).isLessThanOrEqualTo(1);
    }

    /** A page's datasets (their identifiers, the slugs) and its hydra:nextPage. */
    private record DcatPage(List<String> slugs, @Nullable String next, long total) {
    }

    private DcatPage dcatPage(ApiClient api, String url, Lang lang) {
        ApiClient.Answer answer = api.get(url.substring(url.indexOf("/api/dcat/")));
        assertThat(answer.status()).as(url + ": " + answer.body()).isEqualTo(200);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(answer.body(), lang).parse(model);
        List<String> slugs = new ArrayList<>();
        model.listSubjectsWithProperty(RDF.type, model.createResource("http://www.w3.org/ns/dcat#Dataset"))
            .forEach(d -> slugs.add(d.getProperty(DCTerms.identifier).getString()));
        Resource paging = model.listSubjectsWithProperty(RDF.type, model.createResource(HYDRA + "PagedCollection"))
            .nextOptional()
            .orElseThrow();
        Statement next = paging.getProperty(model.createProperty(HYDRA, "nextPage"));
        assertThat(paging.getURI()).isEqualTo(url);
        return new DcatPage(slugs, next == null ? null : next.getString(),
                paging.getProperty(model.createProperty(HYDRA, "totalItems")).getLong());
    }

    private List<String> walk(String first, Lang lang) {
        ApiClient api = new ApiClient(port);
        List<String> slugs = new ArrayList<>();
        String url = first;
        int pages = 0;
        while (url != null) {
            DcatPage page = dcatPage(api, url, lang);
            assertThat(page.slugs()).hasSizeLessThanOrEqualTo(100);
            slugs.addAll(page.slugs());
            url = page.next();
            pages++;
            assertThat(pages).isLessThan(100);
        }
        return slugs;
    }

    @Test
    void aFullPageOfTheFeedConformsToTheDcatAp3Shapes() {
        ApiClient.Answer page = new ApiClient(port).get("/api/dcat/catalog.ttl?page=2");
        assertThat(page.status()).isEqualTo(200);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(page.body(), Lang.TURTLE).parse(model);
        assertThat(model.listSubjectsWithProperty(RDF.type, model.createResource("http://www.w3.org/ns/dcat#Dataset"))
            .toList()).hasSize(100);
        DcatCatalogTest.assertConforms(DcatCatalogTest.essentials(), model.getGraph());
    }

    @Test
    void dcatHarvesterWalksThePagesFromFirstToLastAndFindsEveryReleasedDatasetOnce() {
        String base = "http://localhost:" + port + "/api/dcat/catalog.";
        List<String> releasedSlugs = db.queryForList("select slug from dataset where visibility = 'PUBLIC'",
                String.class);
        List<String> walked = walk(base + "rdf?page=1", Lang.RDFXML);
        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(releasedSlugs);
        // the same datasets page by page (the order within a page is the RDF model's)
        assertThat(walk(base + "ttl?page=1", Lang.TURTLE)).containsExactlyInAnyOrderElementsOf(walked);
        DcatPage last = dcatPage(new ApiClient(port), base + "jsonld?page=" + (releasedSlugs.size() + 99) / 100,
                Lang.JSONLD);
        assertThat(last.next()).isNull();
        assertThat(last.total()).isEqualTo(releasedSlugs.size());
        // the last page's datasets (in the order its RDF model gives them, as any page)
        assertThat(last.slugs())
            .containsExactlyInAnyOrderElementsOf(walked.subList((walked.size() - 1) / 100 * 100, walked.size()));

        String since = OffsetDateTime.now(ZoneOffset.UTC).format(PYTHON_ISO) + "Z";
        String changed = released("true").iterator().next();
        fixtures.describe(dataset(changed), "ekonomi", List.of("dcat"), 2022, 2023);
        List<String> incremental = walk(base + "ttl?page=1&modified_since=" + since, Lang.TURTLE);
        assertThat(incremental)
            .containsExactly(db.queryForObject("select slug from dataset where uuid = ?::uuid", String.class, changed));

        assertThat(new ApiClient(port).get("/api/dcat/catalog.ttl?page=0").status()).isEqualTo(400);
        assertThat(new ApiClient(port).get("/api/dcat/catalog.ttl?page=x").status()).isEqualTo(400);
        assertThat(new ApiClient(port).get("/api/dcat/catalog.ttl?modified_since=gestern").status()).isEqualTo(400);
    }

}
