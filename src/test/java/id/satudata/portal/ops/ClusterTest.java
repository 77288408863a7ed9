package id.satudata.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.changefeed.ChangeEvent;
import id.satudata.portal.base.changefeed.ChangeFeed;
import id.satudata.portal.base.changefeed.ChangeHandler;
import id.satudata.portal.base.cluster.ClusterLock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two portal instances against one PostgreSQL (the first with its web server and UI): the
 * change feed carries events from one to the other, scheduled work runs once per tick,
 * and a database restart is survived: requests fail cleanly (503) meanwhile and work
 * again afterwards.
 */
class ClusterTest {

    static TwoInstances cluster;

    static ConfigurableApplicationContext a;

    static ConfigurableApplicationContext b;

    static final BlockingQueue<ChangeEvent> receivedOnB = new LinkedBlockingQueue<>();

    static final Map<Long, List<String>> runsPerTick = new ConcurrentHashMap<>();

    /** A job scheduled every second on each instance, guarded by the cluster lock. */
    record EverySecond(String instance, ClusterLock lock) {

        @Scheduled(cron = "* * * * * *")
        public void tick() {
            long second = Instant.now().getEpochSecond();
            lock.runExclusively("test-every-second", Duration.ofMillis(800), Duration.ofSeconds(10),
                    () -> runsPerTick.computeIfAbsent(second, s -> new CopyOnWriteArrayList<>()).add(instance));
        }

    }

    @BeforeAll
    static void start() throws Exception {
        cluster = new TwoInstances(Path.of("target/ops-cluster-pg"));
        a = cluster.webInstance("a",
                ctx -> ctx.registerBean(EverySecond.class, () -> new EverySecond("a", ctx.getBean(ClusterLock.class))));
        b = cluster.instance("b", ctx -> {
            ctx.registerBean(EverySecond.class, () -> new EverySecond("b", ctx.getBean(ClusterLock.class)));
            ctx.registerBean("recorder", ChangeHandler.class, () -> new ChangeHandler() {
                @Override
                public String name() {
                    return "recorder";
                }

                @Override
                public void handle(ChangeEvent event) {
                    receivedOnB.add(event);
                }
            });
        });
    }

    @AfterAll
    static void stop() throws Exception {
        b.close();
        a.close();
        cluster.close();
    }

    @Test
    void anEventAppendedOnOneInstanceReachesTheOtherWithinFiveSeconds() throws Exception {
        long seq = append(a, "dataset.released", "ds-101");
        ChangeEvent event = awaitEvent(seq);
        assertThat(event.kind()).isEqualTo("dataset.released");
        assertThat(event.entityId()).isEqualTo("ds-101");
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverDelivered() throws Exception {
        TransactionTemplate tx = a.getBean(TransactionTemplate.class);
        tx.executeWithoutResult(status -> {
            a.getBean(ChangeFeed.class).append("dataset.released", "rolled-back");
            status.setRollbackOnly();
        });
        long after = append(a, "dataset.released", "ds-after-rollback");
        awaitEvent(after);
        assertThat(receivedOnB).noneMatch(e -> e.entityId().equals("rolled-back"));
    }

    @Test
    void scheduledWorkRunsOnExactlyOneInstancePerTick() throws Exception {
        runsPerTick.clear();
        Thread.sleep(5500);
        Map<Long, List<String>> ticks = Map.copyOf(runsPerTick);
        assertThat(ticks).hasSizeGreaterThanOrEqualTo(4);
        assertThat(ticks.values()).allSatisfy(runs -> assertThat(runs).hasSize(1));
    }

    @Test
    void aDatabaseRestartFailsRequestsCleanlyAndThePortalWorksAfterwards() throws Exception {
        DSLContext db = a.getBean(DSLContext.class);
        try (OutageChecks outside = new OutageChecks(a)) {
            cluster.stopDatabase();
            try {
                // APIs: 503 + Retry-After + JSON from the first request on; a page says
                // why
                outside.apisAnswerServiceUnavailable();
                outside.backOfficePageExplainsTheOutage();
                outside.backOfficeActionExplainsTheOutage();
                long start = System.nanoTime();
                assertThatThrownBy(() -> db.fetchCount(db.selectOne())).isInstanceOf(DataAccessException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
                var readiness = a.getBean(HealthEndpoint.class).healthForPath("readiness");
                assertThat(a.getBean(HttpCodeStatusMapper.class).getStatusCode(readiness.getStatus())).isEqualTo(503);
            }
            finally {
                cluster.startDatabase();
            }
            outside.apisWorkAgain();
            outside.backOfficePageWorks();
        }
        // a request may still meet a connection the restart broke; the pool drops it and
        // the
        // portal answers again within seconds, without being restarted
        assertThat(awaitQuery(db, Duration.ofSeconds(20))).isEqualTo(1);
        assertThat(db.fetchCount(db.selectOne())).isEqualTo(1);
        var readiness = a.getBean(HealthEndpoint.class).healthForPath("readiness");
        assertThat(a.getBean(HttpCodeStatusMapper.class).getStatusCode(readiness.getStatus())).isEqualTo(200);
        // the other instance's feed reconnects by itself
        long seq = append(a, "dataset.released", "ds-after-restart");
        assertThat(awaitEvent(seq, Duration.ofSeconds(15)).entityId()).isEqualTo("ds-after-restart");
    }

    private static int awaitQuery(DSLContext db, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return db.fetchCount(db.selectOne());
            }
            catch (DataAccessException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private static long append(ConfigurableApplicationContext instance, String kind, String id) {
        Long seq = instance.getBean(TransactionTemplate.class)
            .execute(status -> instance.getBean(ChangeFeed.class).append(kind, id));
        return seq;
    }

    private static ChangeEvent awaitEvent(long seq) throws InterruptedException {
        return awaitEvent(seq, Duration.ofSeconds(5));
    }

    private static ChangeEvent awaitEvent(long seq, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ChangeEvent e : receivedOnB) {
                if (e.seq() == seq) {
                    return e;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Event " + seq + " did not reach the other instance within " + timeout);
    }

}
