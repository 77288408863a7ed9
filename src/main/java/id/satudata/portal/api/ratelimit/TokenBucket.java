package id.satudata.portal.api.ratelimit;

/**
 * A token bucket: holds at most {@code capacity} tokens, refilled continuously at
 * {@code perMinute} tokens a minute; each call takes one. Thread-safe.
 */
final class TokenBucket {

    private final double capacity;

    private final double tokensPerNano;

    private double tokens;

    private long lastNanos;

    TokenBucket(int capacity, int perMinute, long nowNanos) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / 60_000_000_000.0;
        this.tokens = capacity;
        this.lastNanos = nowNanos;
    }

    /**
     * Takes a token if there is one.
     * @return 0 when taken, else the nanoseconds until one is there
     */
    synchronized long take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    /** Whole tokens left now. */
    synchronized int remaining(long nowNanos) {
        refill(nowNanos);
        return (int) Math.floor(tokens);
    }

    private void refill(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - lastNanos);
        tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
        lastNanos = nowNanos;
    }

}
