package id.satudata.portal.api.dcat;

import java.io.ByteArrayOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DCAT-AP 3 catalogue: {@code GET /api/dcat/catalog.jsonld} (JSON-LD) and
 * {@code GET /api/dcat/catalog.ttl} (Turtle), released datasets only.
 */
@RestController
@RequestMapping("/api/dcat")
class DcatController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");

    private final DcatCatalog catalog;

    DcatController(DcatCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(value = "/catalog.jsonld", produces = "application/ld+json")
    ResponseEntity<byte[]> jsonLd() {
        return ResponseEntity.ok().contentType(JSON_LD).body(write(catalog.model(), Lang.JSONLD11));
    }

    @GetMapping(value = "/catalog.ttl", produces = "text/turtle")
    ResponseEntity<byte[]> turtle() {
        return ResponseEntity.ok().contentType(TURTLE).body(write(catalog.model(), Lang.TURTLE));
    }

    private static byte[] write(Model model, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, lang);
        return out.toByteArray();
    }

}
