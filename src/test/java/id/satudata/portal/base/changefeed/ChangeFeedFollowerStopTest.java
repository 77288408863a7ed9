package id.satudata.portal.base.changefeed;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.test.PortalTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class ChangeFeedFollowerStopTest {

    private static final String KIND = "test.stop";

    @Autowired
    DataSource dataSource;

    @Autowired
    ChangeEventRepository events;

    @Autowired
    ChangeFeedProperties properties;

    @Test
    void stoppingWaitsForTheEventBeingHandledNeitherInterruptsItNorHandsOutMore() throws Exception {
        long first = events.append(KIND, "1");
        events.append(KIND, "2");
        events.append(KIND, "3");
        CountDownLatch handling = new CountDownLatch(1);
        List<String> handled = new CopyOnWriteArrayList<>();
        List<String> interrupted = new CopyOnWriteArrayList<>();
        ChangeFeedFollower[] follower = new ChangeFeedFollower[1];
        ChangeHandler slowHandler = new ChangeHandler() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public long resumeAfter(long newest) {
                return first - 1;
            }

            @Override
            public void handle(ChangeEvent event) {
                if (!event.kind().equals(KIND)) {
                    return;
                }
                handled.add(event.entityId());
                handling.countDown();
                while (follower[0].isRunning()) {
                    Thread.onSpinWait();
                }
                // a stop that interrupts would reach this thread while it still works
                try {
                    Thread.sleep(100);
                }
                catch (InterruptedException e) {
                    interrupted.add(event.entityId());
                }
            }
        };
        follower[0] = new ChangeFeedFollower(dataSource, events, List.of(slowHandler), properties);
        follower[0].start();
        assertThat(handling.await(10, TimeUnit.SECONDS)).isTrue();

        follower[0].stop();

        assertThat(interrupted).isEmpty();
        assertThat(handled).containsExactly("1");
    }

}
