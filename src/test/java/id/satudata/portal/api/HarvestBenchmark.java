package id.satudata.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.search.BenchCorpus;
import id.satudata.portal.test.Bench;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A full CKAN-style gather (CKANHarvester's paging: rows=100, sort id asc, until an empty
 * page) of 12,500 generated datasets, about 10,000 of them released, over HTTP, timed;
 * with the peak heap of the JVM (server and this client share it) sampled every 2 ms
 * while it runs. Run with {@code ./mvnw -Pbench test -Dtest=HarvestBenchmark}; figures go
 * to target/bench/harvest.txt.
 */
@ApiWebTest
@TestPropertySource(properties = { "satudata.api.rate-limit.enabled=false", "satudata.search.reconcile-interval=PT1H" })
@Tag("bench")
class HarvestBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    OpdFixtures opds;

    /** The largest heap use seen by a sampling thread while an operation runs. */
    static final class HeapPeak implements AutoCloseable {

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        private final AtomicLong peak = new AtomicLong();

        private final AtomicBoolean running = new AtomicBoolean(true);

        private final Thread sampler;

        HeapPeak() {
            sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    }
                    catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        long peakBytes() {
            return peak.get();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            sampler.join();
        }

    }

    @Test
    void fullCkanGatherOfTenThousandReleasedDatasets() throws Exception {
        List<Opd> agencies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            agencies.add(opds.opd("Bench " + i));
        }
        new BenchCorpus().generate(dataSource, agencies.stream().map(Opd::id).toList(),
                agencies.stream().map(Opd::name).toList(), 12_500);
        JdbcTemplate db = new JdbcTemplate(dataSource);
        int released = db.queryForObject("select count(*) from dataset where visibility = 'PUBLIC'", Integer.class);
        assertThat(released).isGreaterThan(9_800);
        CkanGather harvester = new CkanGather(new ApiClient(port));
        harvester.gather("organization:" + agencies.get(0).slug());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<String> lines = new ArrayList<>();
        for (int run = 1; run <= 3; run++) {
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            long started = System.nanoTime();
            CkanGather.Gathered gathered;
            long peak;
            try (HeapPeak heap = new HeapPeak()) {
                gathered = harvester.gather(null);
                peak = heap.peakBytes();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(new HashSet<>(gathered.ids())).hasSize(released);
            assertThat(gathered.duplicates()).isZero();
            lines
                .add("run %d: full CKAN gather of %d released datasets (%d requests of 100): %.1f s, %.1f ms per page; "
                    .formatted(run, released, gathered.requests(), seconds, seconds * 1000 / gathered.requests())
                        + "heap used before %d MiB, peak while gathering %d MiB (max heap %d MiB)"
                            .formatted(before >> 20, peak >> 20, memory.getHeapMemoryUsage().getMax() >> 20));
        }
        lines.add("(server and client run in one JVM: the peak includes the client's JSON parsing; "
                + Runtime.getRuntime().availableProcessors() + " processors, load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ")");
        Bench.report("harvest", lines);
    }

}
