package id.satudata.portal.portal;

import id.satudata.portal.base.error.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What crawlers read first: {@code /robots.txt} (the public pages and the open API's read
 * paths allowed, the back office and the push API not) and {@code /sitemap.xml} (a
 * sitemap, or an index of {@code /sitemap-<n>.xml} parts beyond 50,000 URLs).
 */
@RestController
class CrawlerController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Sitemap sitemap;

    CrawlerController(Sitemap sitemap) {
        this.sitemap = sitemap;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots(HttpServletRequest request) {
        String text = """
                User-agent: *
                Allow: /
                Allow: /api/3/action/
                Allow: /api/action/
                Allow: /api/dcat
                Allow: /api/datapackage/
                Disallow: /app
                Disallow: /app/
                Disallow: /login
                Disallow: /api/v1/
                Disallow: /VAADIN/
                Sitemap: %s/sitemap.xml
                """.formatted(BaseUrl.of(request));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePublic()).body(text);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        List<Sitemap.Entry> entries = sitemap.entries();
        int parts = Sitemap.parts(entries.size(), Sitemap.MAX_URLS);
        String base = BaseUrl.of(request);
        return xml(parts == 1 ? Sitemap.urlSet(entries, base) : Sitemap.index(parts, base));
    }

    @GetMapping("/sitemap-{part}.xml")
    ResponseEntity<String> part(@PathVariable int part, HttpServletRequest request) {
        List<Sitemap.Entry> entries = sitemap.entries();
        int parts = Sitemap.parts(entries.size(), Sitemap.MAX_URLS);
        if (parts == 1 || part < 1 || part > parts) {
            throw new NotFoundException("sitemap", part);
        }
        int from = (part - 1) * Sitemap.MAX_URLS;
        return xml(Sitemap.urlSet(entries.subList(from, Math.min(entries.size(), from + Sitemap.MAX_URLS)),
                BaseUrl.of(request)));
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.noCache().cachePublic()).body(body);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("Not found\n");
    }

}
