package id.satudata.portal.api.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/**
 * Who a client is for rate limiting: the connection's address, or, behind {@code hops}
 * trusted reverse proxies, the address the outermost of them saw (the {@code hops}-th
 * entry from the right of X-Forwarded-For; entries further left are the client's own
 * claims and are not trusted).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request, int hops) {
        if (hops == 0) {
            return request.getRemoteAddr();
        }
        String header = request.getHeader("X-Forwarded-For");
        if (header == null || header.isBlank()) {
            return request.getRemoteAddr();
        }
        List<String> chain = Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (chain.isEmpty()) {
            return request.getRemoteAddr();
        }
        return chain.get(Math.max(0, chain.size() - hops));
    }

}
