package id.satudata.portal.base.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every due date, SLA and freshness computation reads, so tests can move time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(PortalProperties portal) {
        return Clock.system(portal.timeZone());
    }

}
