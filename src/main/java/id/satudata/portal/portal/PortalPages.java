package id.satudata.portal.portal;

import id.satudata.portal.base.config.PortalProperties;
import id.satudata.portal.base.error.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What all server-rendered public pages share: the {@link PortalPage} of the request as
 * {@code p}, their caching headers, and "not found" (HTTP 404, the same words for what
 * does not exist and what is not released, so nothing unreleased is revealed).
 */
@ControllerAdvice(assignableTypes = { HomeController.class, SearchPageController.class, DatasetPageController.class,
        DirectoryController.class })
class PortalPages {

    /**
     * Pages change when data is released or withdrawn: caches must ask again each time,
     * which the ETag (ShallowEtagHeaderFilter) makes cheap.
     */
    static final String CACHE_CONTROL = CacheControl.noCache().cachePublic().getHeaderValue();

    private final PortalProperties portal;

    private final Clock clock;

    private final PublicAssets assets;

    PortalPages(PortalProperties portal, Clock clock, PublicAssets assets) {
        this.portal = portal;
        this.clock = clock;
        this.assets = assets;
    }

    @ModelAttribute("assets")
    PublicAssets assets() {
        return assets;
    }

    @ModelAttribute("p")
    PortalPage page(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, "Accept-Encoding");
        return PortalPage.of(request, portal.regionName(), clock.getZone());
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("p", PortalPage.of(request, portal.regionName(), clock.getZone()));
        model.addAttribute("assets", assets);
        return "portal/not-found";
    }

}
