package id.satudata.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.catalog.CatalogFixtures;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.test.SignedIn;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public DCAT-AP 3 catalogue (Turtle and JSON-LD) checked against SHACL shapes: the
 * project's own essentials here ({@code dcat/satudata-dcat-ap-essentials.ttl}, always),
 * the official shapes in {@link OfficialDcatShapesTest} (where the shared folder is).
 */
@ApiWebTest
class DcatCatalogTest {

    private static final Shapes ESSENTIALS = Shapes
        .parse(RDFDataMgr.loadGraph("dcat/satudata-dcat-ap-essentials.ttl", Lang.TURTLE));

    @LocalServerPort
    int port;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    Dataset released;

    Dataset internal;

    /** The shapes the catalogue must conform to. */
    Shapes shapes() {
        return ESSENTIALS;
    }

    @BeforeEach
    void datasets() {
        Opd bappeda = opds.opd("Bappeda");
        released = fixtures.released(bappeda, "Indeks Pembangunan Manusia", "IPM per kabupaten/kota", "sosial",
                List.of("ipm", "pembangunan"));
        internal = fixtures.dataset(bappeda, "Rencana Internal", "Belum dirilis", Visibility.INTERNAL);
        fixtures.describe(internal, "ekonomi", List.of("rahasia"), 2020, 2021);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private Graph fetch(String path, Lang lang, String contentType) {
        long started = System.nanoTime();
        ApiClient.Answer answer = new ApiClient(port).get(path);
        System.out.printf("%s: fetched in %d ms%n", path, (System.nanoTime() - started) / 1_000_000);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith(contentType);
        return RDFParser.fromString(answer.body(), lang).toGraph();
    }

    void assertConforms(Graph data) {
        assertConforms(shapes(), data);
    }

    /** The project's own essentials of DCAT-AP 3, for tests outside the shared group. */
    static Shapes essentials() {
        return ESSENTIALS;
    }

    static void assertConforms(Shapes shapes, Graph data) {
        long started = System.nanoTime();
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        long violations = report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).count();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        RDFDataMgr.write(printed, report.getModel(), Lang.TURTLE);
        System.out.printf("SHACL: %d triples validated in %d ms%n", data.size(),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(violations).as(printed.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void turtleCatalogueConformsToDcatAp3ShapesIncludingClassRanges() {
        Graph data = fetch("/api/dcat/catalog.ttl", Lang.TURTLE, "text/turtle");
        assertConforms(data);
        Model model = ModelFactory.createModelForGraph(data);
        String base = "http://localhost:" + port;
        var dataset = model.createResource(base + "/dataset/" + released.slug() + "#dataset");
        assertThat(model.contains(dataset, RDF.type, model.createResource("http://www.w3.org/ns/dcat#Dataset")))
            .isTrue();
        assertThat(model.listObjectsOfProperty(dataset, model.createProperty("http://www.w3.org/ns/dcat#distribution"))
            .toList()).hasSize(4);
        assertThat(model.listObjectsOfProperty(dataset, DCTerms.temporal).toList()).hasSize(1);
        assertThat(data.contains(null, null, NodeFactory.createLiteralString(released.slug()))).isTrue();
        assertThat(data.contains(null, null, NodeFactory.createLiteralString(internal.slug()))).isFalse();
        assertThat(data.contains(NodeFactory.createURI(base + "/dataset/" + internal.slug() + "#dataset"), null, null))
            .isFalse();
    }

    @Test
    void theShapesRefuseADatasetWithoutTitleAndADistributionWithoutAccessUrl() {
        String turtle = """
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                <https://example.org/dataset> a dcat:Dataset ; dct:description "Tanpa judul"@id ;
                    dcat:distribution <https://example.org/distribution> .
                <https://example.org/distribution> a dcat:Distribution .
                """;
        ValidationReport report = ShaclValidator.get()
            .validate(shapes(), RDFParser.fromString(turtle, Lang.TURTLE).toGraph());
        assertThat(report.getEntries()).filteredOn(e -> e.severity() == Severity.Violation)
            .extracting(e -> e.focusNode().getURI())
            .contains("https://example.org/dataset", "https://example.org/distribution");
    }

    @Test
    void jsonLdCatalogueHasTheSameTriplesAndConforms() {
        Graph jsonLd = fetch("/api/dcat/catalog.jsonld", Lang.JSONLD, "application/ld+json");
        assertConforms(jsonLd);
        Graph turtle = fetch("/api/dcat/catalog.ttl", Lang.TURTLE, "text/turtle");
        // the paging node names the format's own pages; everything else is the same
        String base = "http://localhost:" + port + "/api/dcat/catalog.";
        withoutPaging(jsonLd, base + "jsonld?page=1");
        withoutPaging(turtle, base + "ttl?page=1");
        assertThat(jsonLd.size()).isEqualTo(turtle.size());
        assertThat(jsonLd.isIsomorphicWith(turtle)).isTrue();
    }

    private static void withoutPaging(Graph graph, String page) {
        var node = NodeFactory.createURI(page);
        assertThat(graph.contains(node, NodeFactory.createURI("http://www.w3.org/ns/hydra/core#firstPage"),
                NodeFactory.createLiteralString(page)))
            .isTrue();
        graph.remove(node, null, null);
    }

}
