package id.satudata.portal.api;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the open API ({@code satudata.api.*}).
 *
 * @param publicUrl the portal's public address (https://data.example.go.id) used in links
 * and DCAT identifiers; empty: taken from each request
 * @param rateLimit the per-client limit of public API calls
 */
@ConfigurationProperties("satudata.api")
public record ApiProperties(@Nullable String publicUrl, @DefaultValue RateLimit rateLimit) {

    /**
     * A token bucket per client: {@code capacity} calls at once, refilled at
     * {@code perMinute} calls a minute.
     *
     * @param forwardedHops number of trusted reverse proxies in front of the portal: 0
     * uses the connection's address; n uses the n-th address from the right of
     * X-Forwarded-For
     * @param maxClients clients remembered at most (the least recently seen are
     * forgotten)
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("60") int capacity,
            @DefaultValue("300") int perMinute, @DefaultValue("0") int forwardedHops,
            @DefaultValue("100000") int maxClients) {

        public RateLimit {
            if (capacity < 1 || perMinute < 1 || forwardedHops < 0 || maxClients < 1) {
                throw new IllegalArgumentException("satudata.api.rate-limit: limits must be positive");
            }
        }

    }

}
