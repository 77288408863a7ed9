package id.satudata.portal.api.datapackage;

import id.satudata.portal.api.PublicLinks;
import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.catalog.DatasetMetadata;
import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.PublicDataset;
import id.satudata.portal.datastore.schema.SchemaField;
import id.satudata.portal.datastore.schema.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Frictionless Data Package descriptor of a released dataset: {@code GET
 * /api/datapackage/{slug}.json} — a tabular data package with one resource (the CSV
 * download) whose table schema has the Frictionless field types, and the licence.
 */
@RestController
class DataPackageController {

    private final PublicCatalog catalog;

    private final PublicLinks links;

    DataPackageController(PublicCatalog catalog, PublicLinks links) {
        this.catalog = catalog;
        this.links = links;
    }

    @GetMapping(value = "/api/datapackage/{slug}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> descriptor(@PathVariable String slug) {
        PublicDataset dataset = catalog.get(slug);
        DatasetSummary s = dataset.summary();
        DatasetMetadata m = dataset.metadata();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("profile", "tabular-data-package");
        p.put("name", s.slug());
        p.put("id", links.dataset(s.slug()));
        p.put("title", s.title().strip());
        p.put("description", s.description());
        p.put("homepage", links.dataset(s.slug()));
        p.put("created", s.createdAt().toString());
        p.put("keywords", s.tags());
        Map<String, Object> licence = new LinkedHashMap<>();
        licence.put("name", s.licence().id());
        licence.put("title", s.licence().title());
        if (s.licence().url() != null) {
            licence.put("path", s.licence().url());
        }
        p.put("licenses", List.of(licence));
        p.put("contributors", List.of(Map.of("title", s.organisation().name(), "role", "publisher")));
        if (m.source() != null) {
            p.put("sources", List.of(Map.of("title", m.source())));
        }
        p.put("resources", List.of(resource(s, dataset.dataset().schema())));
        return p;
    }

    private Map<String, Object> resource(DatasetSummary s, TableSchema schema) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", s.slug());
        r.put("path", links.download(s.slug(), "csv"));
        r.put("profile", "tabular-data-resource");
        r.put("title", s.title().strip());
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        List<Map<String, Object>> fields = new ArrayList<>();
        for (SchemaField field : schema.fields()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", field.name());
            f.put("title", field.title());
            f.put("type", field.type().frictionless());
            if (field.unit() != null) {
                f.put("description", "Satuan: " + field.unit());
            }
            if (field.required()) {
                f.put("constraints", Map.of("required", true));
            }
            fields.add(f);
        }
        Map<String, Object> tableSchema = new LinkedHashMap<>();
        tableSchema.put("fields", fields);
        if (!schema.primaryKey().isEmpty()) {
            tableSchema.put("primaryKey", schema.primaryKey());
        }
        tableSchema.put("missingValues", List.of(""));
        r.put("schema", tableSchema);
        return r;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("success", false, "error", Map.of("__type", "Not Found Error", "message", "Not found")));
    }

}
