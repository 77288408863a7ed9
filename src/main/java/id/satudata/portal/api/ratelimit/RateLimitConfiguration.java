package id.satudata.portal.api.ratelimit;

import id.satudata.portal.api.ApiProperties;
import id.satudata.portal.api.PublicLinks;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the rate limit on {@code /api/*}, after Spring Security's chain and before
 * the API key filter.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(ApiProperties properties, PublicLinks links) {
        RateLimiter limiter = new RateLimiter(properties.rateLimit(), System::nanoTime);
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
                new RateLimitFilter(limiter, properties.rateLimit(), links));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(-1);
        return registration;
    }

}
