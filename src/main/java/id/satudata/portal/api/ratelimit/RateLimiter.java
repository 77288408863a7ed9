package id.satudata.portal.api.ratelimit;

import id.satudata.portal.api.ApiProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One token bucket per client address, the least recently seen clients forgotten beyond
 * {@code maxClients} (a forgotten client starts again with a full bucket).
 */
final class RateLimiter {

    /** The outcome of one call: allowed, tokens left, or the wait before the next. */
    record Decision(boolean allowed, int remaining, long retryAfterSeconds) {
    }

    private final ApiProperties.RateLimit limit;

    private final LongSupplier nanoTime;

    private final Map<String, TokenBucket> buckets;

    RateLimiter(ApiProperties.RateLimit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
                return size() > limit.maxClients();
            }
        };
    }

    Decision take(String client) {
        long now = nanoTime.getAsLong();
        TokenBucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, c -> new TokenBucket(limit.capacity(), limit.perMinute(), now));
        }
        long wait = bucket.take(now);
        if (wait == 0) {
            return new Decision(true, bucket.remaining(now), 0);
        }
        return new Decision(false, 0, Math.max(1, (wait + 999_999_999L) / 1_000_000_000L));
    }

    int capacity() {
        return limit.capacity();
    }

}
