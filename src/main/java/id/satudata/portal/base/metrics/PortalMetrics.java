package id.satudata.portal.base.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The portal's own metrics (shown by {@code /actuator/prometheus} next to Spring's
 * request timings): features call these methods; the names are the contract with
 * dashboards and alerts.
 */
@Component
public class PortalMetrics {

    static final String LOADS = "satudata.loads";

    static final String LOAD_DURATION = "satudata.load.duration";

    static final String INGEST_ROWS = "satudata.ingest.rows";

    static final String SEARCH_LATENCY = "satudata.search.latency";

    static final String OVERDUE_STEPS = "satudata.sop.overdue.steps";

    private final MeterRegistry registry;

    public PortalMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * One load into a dataset: counts it per dataset and outcome, adds its rows to the
     * ingest counter (rows/s is its rate) and times it.
     */
    public void loadFinished(String dataset, boolean accepted, long rows, Duration took) {
        String outcome = accepted ? "accepted" : "rejected";
        Counter.builder(LOADS)
            .description("Loads into datasets")
            .tag("dataset", dataset)
            .tag("outcome", outcome)
            .register(registry)
            .increment();
        if (accepted) {
            Counter.builder(INGEST_ROWS)
                .description("Rows written into datasets")
                .baseUnit("rows")
                .register(registry)
                .increment(rows);
        }
        Timer.builder(LOAD_DURATION)
            .description("Time to validate and write a load")
            .tag("outcome", outcome)
            .register(registry)
            .record(took);
    }

    /** One search request, with where it came from (public, back office, api). */
    public void searched(String channel, Duration took) {
        Timer.builder(SEARCH_LATENCY)
            .description("Search latency")
            .tag("channel", channel)
            .publishPercentileHistogram()
            .register(registry)
            .record(took);
    }

    /**
     * Registers the number of SOP steps past their time standard; the supplier is read at
     * every scrape (keep it a cheap count).
     */
    public void overdueSteps(Supplier<Number> count) {
        Gauge.builder(OVERDUE_STEPS, count)
            .description("SOP steps past their time standard")
            .strongReference(true)
            .register(registry);
    }

}
