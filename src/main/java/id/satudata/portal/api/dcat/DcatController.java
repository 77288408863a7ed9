package id.satudata.portal.api.dcat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DCAT-AP 3 catalogue of released datasets, page by page
 * ({@value DcatCatalog#PAGE_SIZE} datasets each, {@code ?page=N} from 1,
 * {@code modified_since=<ISO date or time>} for incremental harvests):
 * {@code GET /api/dcat/catalog.ttl} (Turtle), {@code catalog.jsonld} (JSON-LD) and
 * {@code catalog.rdf} (RDF/XML). A bad page or date answers 400 with a plain message.
 */
@RestController
@RequestMapping("/api/dcat")
class DcatController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");

    static final MediaType RDF_XML = MediaType.parseMediaType("application/rdf+xml;charset=UTF-8");

    private static final String PAGE = "page number from 1 (default 1); 100 datasets per page, oldest first; "
            + "hydra:nextPage names the next";

    private static final String SINCE = "only datasets changed at or after this ISO 8601 date or UTC time "
            + "(incremental harvests), e.g. 2026-12-05T03:00:00Z";

    private final DcatCatalog catalog;

    DcatController(DcatCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(value = "/catalog.jsonld", produces = "application/ld+json")
    @Operation(summary = "One page of the DCAT-AP 3 catalogue as JSON-LD (hydra:PagedCollection paging)")
    ResponseEntity<byte[]> jsonLd(@Parameter(description = PAGE) @RequestParam(required = false) @Nullable String page,
            @Parameter(description = SINCE) @RequestParam(name = "modified_since",
                    required = false) @Nullable String modifiedSince) {
        return answer("jsonld", Lang.JSONLD11, JSON_LD, page, modifiedSince);
    }

    @GetMapping(value = "/catalog.ttl", produces = "text/turtle")
    @Operation(summary = "One page of the DCAT-AP 3 catalogue as Turtle (hydra:PagedCollection paging)")
    ResponseEntity<byte[]> turtle(@Parameter(description = PAGE) @RequestParam(required = false) @Nullable String page,
            @Parameter(description = SINCE) @RequestParam(name = "modified_since",
                    required = false) @Nullable String modifiedSince) {
        return answer("ttl", Lang.TURTLE, TURTLE, page, modifiedSince);
    }

    @GetMapping(value = "/catalog.rdf", produces = "application/rdf+xml")
    @Operation(summary = "One page of the DCAT-AP 3 catalogue as RDF/XML (hydra:PagedCollection paging)")
    ResponseEntity<byte[]> rdfXml(@Parameter(description = PAGE) @RequestParam(required = false) @Nullable String page,
            @Parameter(description = SINCE) @RequestParam(name = "modified_since",
                    required = false) @Nullable String modifiedSince) {
        return answer("rdf", Lang.RDFXML, RDF_XML, page, modifiedSince);
    }

    private ResponseEntity<byte[]> answer(String extension, Lang lang, MediaType type, @Nullable String page,
            @Nullable String modifiedSince) {
        int number;
        OffsetDateTime since;
        try {
            number = page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
            since = modifiedSince == null || modifiedSince.isBlank() ? null : time(modifiedSince.strip());
        }
        catch (NumberFormatException | DateTimeParseException e) {
            return badRequest("page must be a positive integer and modified_since an ISO 8601 date or time");
        }
        if (number < 1 || number > 10_000_000) {
            return badRequest("page must be a positive integer");
        }
        Model model = catalog.model(new DcatCatalog.Page(number, extension, since));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, lang);
        return ResponseEntity.ok().contentType(type).body(out.toByteArray());
    }

    /** A date (from its start), a local time (UTC) or a time with an offset. */
    private static OffsetDateTime time(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return OffsetDateTime.parse(text);
        }
        return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
    }

    private static ResponseEntity<byte[]> badRequest(String message) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
            .contentType(MediaType.TEXT_PLAIN)
            .body(message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

}
