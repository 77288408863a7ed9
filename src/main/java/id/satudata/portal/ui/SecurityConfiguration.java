package id.satudata.portal.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the stateless machine API under {@code /api/**} (public reads and
 * API-key pushes, each checked again in the services) and the public downloads under
 * {@code /download/**} (anonymous, released datasets only), and the Vaadin UI with form
 * login and role-based view access. Neither exists in the command-line mode (backup,
 * restore), which runs without a web server.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/download/**")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .build();
    }

    /**
     * The server-rendered public pages, their assets and what crawlers read: anonymous
     * and stateless (no session cookie, so shared caches may keep them).
     */
    @Bean
    @Order(0)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain publicPagesFilterChain(HttpSecurity http) throws Exception {
        RequestMatcher publicPaths = new OrRequestMatcher(Stream
            .of("/", "/portal/beranda", "/cari", "/dataset/**", "/organisasi", "/organisasi/**", "/topik", "/topik/**",
                    "/pub/**", "/robots.txt", "/sitemap.xml", "/sitemap-*.xml", "/error")
            .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
            .toList());
        // Vaadin's own requests (init, UIDL, heartbeat) go to "/?v-r=...": they belong to
        // the back office's chain, with its session and sign-in
        return http.securityMatcher(request -> publicPaths.matches(request) && !isVaadinRequest(request))
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .requestCache(cache -> cache.disable())
            .securityContext(context -> context.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .build();
    }

    /** A request of Vaadin's client, named by its {@code v-r} parameter. */
    public static boolean isVaadinRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain uiFilterChain(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

}
