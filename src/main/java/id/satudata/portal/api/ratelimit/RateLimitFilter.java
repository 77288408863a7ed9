package id.satudata.portal.api.ratelimit;

import id.satudata.portal.api.ApiProperties;
import id.satudata.portal.api.PublicLinks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits the public API calls ({@code /api/**} except the key-authenticated push API
 * {@code /api/v1/**} and CORS preflights) per client with a token bucket; a client over
 * its limit gets 429 with {@code Retry-After} and CKAN's error envelope.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;

    private final ApiProperties.RateLimit limit;

    private final PublicLinks links;

    RateLimitFilter(RateLimiter limiter, ApiProperties.RateLimit limit, PublicLinks links) {
        this.limiter = limiter;
        this.limit = limit;
        this.links = links;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !limit.enabled() || !path.startsWith("/api/") || path.startsWith("/api/v1/")
                || HttpMethod.OPTIONS.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Decision decision = limiter.take(ClientAddress.of(request, limit.forwardedHops()));
        response.setHeader("X-RateLimit-Limit", String.valueOf(limiter.capacity()));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", "Rate Limit Error");
        error.put("message", "Too many requests: at most " + limit.capacity() + " at once and " + limit.perMinute()
                + " a minute per client; retry after " + decision.retryAfterSeconds() + " s");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", links.api("/api/openapi.json"));
        body.put("success", false);
        body.put("error", error);
        response.getWriter().write(JsonMapper.shared().writeValueAsString(body));
    }

}
