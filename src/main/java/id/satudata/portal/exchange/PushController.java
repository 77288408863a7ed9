package id.satudata.portal.exchange;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.datastore.ApiKeyGrant;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreProperties;
import id.satudata.portal.datastore.ingest.LoadMode;
import id.satudata.portal.datastore.ingest.LoadRecord;
import id.satudata.portal.datastore.ingest.LoadReport;
import id.satudata.portal.datastore.ingest.LoadResult;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The push API for OPD systems.
 * <ul>
 * <li>{@code POST /api/v1/datasets/{slug}/rows?mode=append|replace|upsert} with
 * {@code Content-Type: text/csv} (charset optional: detected, or utf-8 strict, or
 * windows-1252) or {@code application/json} (an array of objects) and the key in
 * {@code Authorization: Bearer <key>} or {@code X-API-Key}. Answers the load as JSON: 200
 * accepted; 400 malformed, empty, bad encoding; 413 too large; 415 other content type;
 * 422 rows break the schema; 401 no, unknown or revoked key; 403 key of another
 * dataset.</li>
 * <li>{@code GET /api/v1/datasets/{slug}/loads} and {@code .../loads/{id}}: the status
 * and report of loads.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/datasets")
class PushController {

    private final LoadService loads;

    private final DatastoreProperties limits;

    PushController(LoadService loads, DatastoreProperties limits) {
        this.loads = loads;
        this.limits = limits;
    }

    @PostMapping("/{slug}/rows")
    ResponseEntity<Map<String, Object>> push(@PathVariable String slug,
            @RequestParam(defaultValue = "append") String mode, HttpServletRequest request) throws IOException {
        if (ApiKeyGrant.current().isEmpty()) {
            return ApiErrors.body(HttpStatus.UNAUTHORIZED, "unauthorized", "An API key is required");
        }
        LoadMode loadMode = switch (mode.toLowerCase(Locale.ROOT)) {
            case "append" -> LoadMode.APPEND;
            case "replace" -> LoadMode.REPLACE;
            case "upsert" -> LoadMode.UPSERT;
            default -> throw new ValidationException("mode", "exchange.error.mode", mode);
        };
        Optional<PayloadFormat> format = PayloadFormat.ofContentType(request.getContentType())
            .filter(f -> f != PayloadFormat.XLSX);
        if (format.isEmpty()) {
            return ApiErrors.body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "Send text/csv or application/json");
        }
        if (request.getContentLengthLong() > limits.maxPayloadBytes()) {
            return ApiErrors.body(HttpStatus.CONTENT_TOO_LARGE, "too_large",
                    "The body is larger than " + limits.maxPayloadBytes() + " bytes");
        }
        LoadResult result = loads.push(slug, loadMode, format.get(), charset(request), request.getInputStream());
        return ResponseEntity.status(result.httpStatus()).contentType(MediaType.APPLICATION_JSON).body(json(result));
    }

    @GetMapping("/{slug}/loads")
    List<Map<String, Object>> history(@PathVariable String slug) {
        Dataset dataset = loads.datasetForLoad(slug);
        return loads.history(dataset.id(), 50).stream().map(PushController::json).toList();
    }

    @GetMapping("/{slug}/loads/{loadId}")
    Map<String, Object> load(@PathVariable String slug, @PathVariable long loadId) {
        Dataset dataset = loads.datasetForLoad(slug);
        LoadRecord record = loads.get(loadId);
        if (record.datasetId() != dataset.id()) {
            throw new id.satudata.portal.base.error.NotFoundException("load", loadId);
        }
        Map<String, Object> json = json(record);
        LoadReport report = loads.report(loadId);
        json.put("errorsByKind", report.counts());
        json.put("errors", report.errors());
        return json;
    }

    private static String charset(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return null;
        }
        for (String part : type.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "");
            }
        }
        return null;
    }

    static Map<String, Object> json(LoadResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("loadId", result.loadId());
        json.put("status", result.status());
        json.put("rowsIn", result.rowsIn());
        json.put("rowsAccepted", result.rowsAccepted());
        json.put("rowCount", result.rowCount());
        json.put("errorCount", result.errorCount());
        if (result.problem() != null) {
            json.put("problem", result.problem());
        }
        json.put("errorsByKind", result.errorsByKind());
        json.put("errors", result.errors());
        json.put("durationMs", result.durationMs());
        json.put("valuesReadAsMissing", result.valuesReadAsMissing());
        json.put("valuesCleaned", result.valuesCleaned());
        if (result.firstCleaned() != null) {
            json.put("firstCleaned", result.firstCleaned());
        }
        return json;
    }

    static Map<String, Object> json(LoadRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("loadId", record.id());
        json.put("status", record.status());
        json.put("source", record.source());
        json.put("actor", record.actor());
        json.put("mode", record.mode());
        json.put("format", record.format());
        json.put("rowsIn", record.rowsIn());
        json.put("rowsAccepted", record.rowsAccepted());
        json.put("errorCount", record.errorCount());
        json.put("startedAt", record.startedAt().toString());
        json.put("durationMs", record.durationMs());
        return json;
    }

}
