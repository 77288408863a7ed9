package id.satudata.portal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.test.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class DashboardWarmUpTest {

    @Autowired
    DashboardWarmUp warmUp;

    @Test
    void theWarmUpBuildsTheDashboardsPiecesWithoutAUserAndSaysWhenItFinished() {
        // off in tests (application-test.yml): run here as the start runs it
        warmUp.run();
        // empty when a piece failed: building the components needs no session, UI or user
        assertThat(warmUp.finishedAfterReady()).hasValueSatisfying(after -> {
            assertThat(after).isPositive();
            assertThat(after).isLessThanOrEqualTo(warmUp.sinceReady());
        });
    }

}
