package id.satudata.portal.exchange;

import id.satudata.portal.test.SignedIn;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test help for pull connectors outside this package: runs the due connectors as the
 * scheduler would (tests switch its timer off).
 */
@Component
public class PullConnectorFixtures {

    private final PullScheduler scheduler;

    PullConnectorFixtures(PullScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** One scheduler tick, signed out as the scheduler is; the caller is restored. */
    public int runDue() {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            SignedIn.nobody();
            return scheduler.tick();
        }
        finally {
            SecurityContextHolder.setContext(before);
        }
    }

}
