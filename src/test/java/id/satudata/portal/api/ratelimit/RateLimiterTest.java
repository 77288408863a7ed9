package id.satudata.portal.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.api.ApiProperties;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();

    private final RateLimiter limiter = new RateLimiter(new ApiProperties.RateLimit(true, 3, 60, 0, 2), now::get);

    @Test
    void aClientGetsItsBurstThenWaitsForTheRefill() {
        assertThat(limiter.take("a").remaining()).isEqualTo(2);
        assertThat(limiter.take("a").allowed()).isTrue();
        assertThat(limiter.take("a").allowed()).isTrue();
        RateLimiter.Decision refused = limiter.take("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(limiter.take("b").allowed()).isTrue();
        now.addAndGet(1_000_000_000L);
        assertThat(limiter.take("a").allowed()).isTrue();
        assertThat(limiter.take("a").allowed()).isFalse();
        now.addAndGet(60_000_000_000L);
        assertThat(limiter.take("a").remaining()).isEqualTo(2);
    }

    @Test
    void forwardedForIsTrustedOnlyForTheConfiguredProxyHops() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.1");
        request.addHeader("X-Forwarded-For", "203.0.113.9, 198.51.100.7");
        assertThat(ClientAddress.of(request, 0)).isEqualTo("192.0.2.1");
        assertThat(ClientAddress.of(request, 1)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of(request, 2)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of(request, 5)).isEqualTo("203.0.113.9");
    }

}
