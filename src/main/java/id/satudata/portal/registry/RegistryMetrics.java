package id.satudata.portal.registry;

import id.satudata.portal.base.metrics.PortalMetrics;
import org.springframework.stereotype.Component;

/**
 * Publishes the number of overdue SOP steps across all OPDs for monitoring (a count read
 * at every scrape; monitoring is not a caller, so no scoping applies).
 */
@Component
class RegistryMetrics {

    RegistryMetrics(PortalMetrics metrics, IntegrationRepository integrations, WorkingCalendar calendar) {
        metrics.overdueSteps(() -> integrations.count(IntegrationFilter.all().withOverdueOnly(true), calendar.now()));
    }

}
