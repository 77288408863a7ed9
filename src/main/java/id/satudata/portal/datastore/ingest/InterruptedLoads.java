package id.satudata.portal.datastore.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start, marks the loads that were still running when the process died as FAILED.
 * Their rows never became visible: the data transaction of a load commits all or nothing,
 * and PostgreSQL rolls back a transaction whose session is gone.
 */
@Component
class InterruptedLoads {

    private static final Logger log = LoggerFactory.getLogger(InterruptedLoads.class);

    private final LoadRepository loads;

    private final Clock clock;

    InterruptedLoads(LoadRepository loads, Clock clock) {
        this.loads = loads;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void markFailed() {
        int marked = 0;
        for (long id : loads.running()) {
            marked += loads.markInterrupted(id, OffsetDateTime.now(clock));
        }
        if (marked > 0) {
            log.warn("Marked {} loads interrupted by a stop of the hub as FAILED", marked);
        }
    }

}
