package id.satudata.portal.ops;

import id.satudata.portal.base.error.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last net under the machine paths ({@code /api/**}, {@code /download/**}): a request
 * that fails because PostgreSQL cannot be reached, in a filter (API key lookup) or a
 * controller without its own mapping, is answered 503 with {@code Retry-After} and a
 * short JSON error (CKAN's envelope under {@code /api/3/action} and {@code /api/action}),
 * not a 500 error page. Other failures pass on unchanged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private static final Pattern CKAN_ACTION = Pattern.compile("/api(?:/3)?/action/([^/]*)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") && !path.startsWith("/download/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {} failed: database unavailable ({})", request.getMethod(), request.getRequestURI(),
                    e.getMessage());
            answer(request, response);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonMapper.shared().writeValueAsString(body(request)));
    }

    static Map<String, Object> body(HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        Matcher ckan = CKAN_ACTION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (ckan.matches()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("__type", "Service Unavailable");
            error.put("message", DatabaseUnavailable.MESSAGE);
            body.put("help",
                    ServletUriComponentsBuilder.fromContextPath(request)
                        .path("/api/3/action/help_show")
                        .queryParam("name", ckan.group(1))
                        .toUriString());
            body.put("success", false);
            body.put("error", error);
        }
        else {
            body.put("error", "service_unavailable");
            body.put("message", DatabaseUnavailable.MESSAGE);
        }
        return body;
    }

}
