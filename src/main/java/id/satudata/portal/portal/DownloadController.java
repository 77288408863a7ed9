package id.satudata.portal.portal;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import id.satudata.portal.datastore.query.RowFilter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code GET /download/{slug}.{csv|json|xlsx}?f.<column>=<value>...}: a released dataset,
 * whole or filtered, as a file. 404 for anything not released or an unknown format, 400
 * for a filter on an unknown column or with a bad value.
 */
@RestController
public class DownloadController {

    public static final String PATH = "/download/";

    private final PublicDownloads downloads;

    DownloadController(PublicDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(PATH + "{file:.+}")
    void download(@PathVariable String file, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int dot = file.lastIndexOf('.');
        if (dot <= 0) {
            throw new NotFoundException("download", file);
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        PublicDownloads.Request prepared = downloads.prepare(file.substring(0, dot), file.substring(dot + 1),
                parameters);
        // a withdrawn dataset must stop being served: caches ask again every time, and
        // the
        // ETag (data version, filters, format) makes an unchanged file a 304
        response.setHeader(HttpHeaders.CACHE_CONTROL, PortalPages.CACHE_CONTROL);
        if (new ServletWebRequest(request, response).checkNotModified(etag(prepared, request.getQueryString()),
                prepared.dataset().updatedAt().toInstant().toEpochMilli())) {
            return;
        }
        response.setContentType(prepared.format().contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(prepared.fileName()).build().toString());
        downloads.write(prepared, response.getOutputStream());
        response.flushBuffer();
    }

    private static String etag(PublicDownloads.Request prepared, @Nullable String query) {
        return "\"" + prepared.dataset().id() + "-" + prepared.dataset().dataVersion() + "-"
                + prepared.dataset().updatedAt().toInstant().toEpochMilli() + "-" + prepared.format().extension() + "-"
                + Integer.toHexString(query == null ? 0 : query.hashCode()) + "\"";
    }

    static String url(String slug, DownloadFormat format, String query) {
        return PATH + slug + "." + format.extension() + (query.isEmpty() ? "" : "?" + query);
    }

    /** The filters as {@code f.<column>=<value>} query parameters. */
    static String query(List<RowFilter> filters) {
        return filters.stream()
            .flatMap(f -> f.values()
                .stream()
                .map(v -> encode(PublicDownloads.FILTER_PREFIX + f.column()) + "=" + encode(v == null ? "" : v)))
            .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found\n");
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<String> badRequest(ValidationException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
            .contentType(MediaType.TEXT_PLAIN)
            .body("Bad request: " + e.field() + "\n");
    }

}
