package id.satudata.portal.portal;

import id.satudata.portal.catalog.DatasetSummary;
import id.satudata.portal.ui.Locales;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every public page template needs besides its content: the language (Indonesian
 * unless {@code ?lang=en}), links that keep it, the canonical and alternate URLs, the
 * region's name and the portal's address, and numbers and dates in the language.
 *
 * @param baseUrl scheme, host and port the visitor reached, without a trailing slash
 * @param path the page's path and query without the language parameter
 */
public record PortalPage(Locale locale, String regionName, String baseUrl, String path, ZoneId zone) {

    /** The query parameter choosing English ({@code lang=en}); Indonesian without it. */
    static final String LANG = "lang";

    static PortalPage of(HttpServletRequest request, String regionName, ZoneId zone) {
        // the address the visitor asked for ("/" when forwarded to the home page's path)
        boolean forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null;
        String uri = forwarded ? (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI)
                : request.getRequestURI();
        String query = UriComponentsBuilder.newInstance()
            .query(forwarded ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                    : request.getQueryString())
            .replaceQueryParam(LANG)
            .build()
            .getQuery();
        String path = uri.substring(request.getContextPath().length())
                + (query == null || query.isEmpty() ? "" : "?" + query);
        return new PortalPage(localeOf(request), regionName, BaseUrl.of(request), path, zone);
    }

    static Locale localeOf(HttpServletRequest request) {
        String lang = request.getParameter(LANG);
        return lang == null ? Locales.INDONESIAN : Locales.of(lang);
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean english() {
        return Locales.ENGLISH.getLanguage().equals(lang());
    }

    /** A portal link that keeps the page's language. */
    public String link(String target) {
        return english() ? in(target, Locales.ENGLISH) : target;
    }

    /** This page in a language: the Indonesian address has no parameter. */
    public String in(String target, Locale language) {
        if (language.getLanguage().equals(Locales.INDONESIAN.getLanguage())) {
            return target;
        }
        return target + (target.contains("?") ? "&" : "?") + LANG + "=" + language.getLanguage();
    }

    /** This page's address in a language ("id" or "en"), for the language switch. */
    public String inLanguage(String language) {
        return in(path, Locales.of(language));
    }

    /** The absolute URL of this page in a language ("id" or "en"), for hreflang. */
    public String alternate(String language) {
        return baseUrl + in(path, Locales.of(language));
    }

    /** The absolute URL of this page in its own language. */
    public String canonical() {
        return baseUrl + in(path, locale);
    }

    public String number(long value) {
        return PortalFormat.number(value, locale);
    }

    public String date(OffsetDateTime at) {
        return PortalFormat.date(at, zone, locale);
    }

    public String period(DatasetSummary summary) {
        return PortalFormat.period(summary);
    }

    public String topicName(DatasetSummary summary) {
        return summary.topic() == null ? "" : summary.topic().name(locale);
    }

}
