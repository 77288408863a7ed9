package id.satudata.portal.ops;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The filter chain of {@code /actuator/**}: liveness and readiness (status only) are open
 * for load balancers and orchestrators; everything else (details, metrics, Prometheus)
 * needs an administrator (HTTP Basic or the back-office session) or the monitoring token.
 */
// not in the command-line mode (backup, restore), which runs without a web server
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, OpsProperties properties) throws Exception {
        return http.securityMatcher("/actuator/**")
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                .anyRequest()
                .hasAnyRole("ADMINISTRATOR", "MONITORING"))
            .addFilterBefore(new MonitoringTokenFilter(properties.monitoringToken()), BasicAuthenticationFilter.class)
            .httpBasic(Customizer.withDefaults())
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
            .build();
    }

}
