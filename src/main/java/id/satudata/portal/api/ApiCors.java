package id.satudata.portal.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS for reading the public API from any web page: GET and HEAD on {@code /api/**} from
 * any origin, without credentials.
 */
@Configuration(proxyBeanMethods = false)
class ApiCors implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**")
            .allowedOrigins("*")
            .allowedMethods("GET", "HEAD")
            .allowedHeaders("*")
            .exposedHeaders("Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining")
            .allowCredentials(false)
            .maxAge(3600);
    }

}
