package id.satudata.portal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.test.PortalTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class DashboardWarmUpTest {

    @Autowired
    DashboardWarmUp warmUp;

    @Test
    void theStartWarmsTheDashboardUpInTheBackgroundWithoutAUserAndSaysWhenItFinished() throws InterruptedException {
        long waited = 0;
        while (warmUp.finishedAfterReady().isEmpty() && waited < 60_000) {
            Thread.sleep(50);
            waited += 50;
        }
        // empty when a piece failed: building the components needs no session, UI or user
        assertThat(warmUp.finishedAfterReady()).hasValueSatisfying(after -> {
            assertThat(after).isPositive();
            assertThat(after).isLessThanOrEqualTo(warmUp.sinceReady());
        });
    }

}
