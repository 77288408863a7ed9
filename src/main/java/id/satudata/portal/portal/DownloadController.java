package id.satudata.portal.portal;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.base.error.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

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
        response.setContentType(prepared.format().contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(prepared.fileName()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        downloads.write(prepared, response.getOutputStream());
        response.flushBuffer();
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
