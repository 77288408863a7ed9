package id.satudata.portal.exchange;

import id.satudata.portal.datastore.ingest.LoadReport;
import id.satudata.portal.datastore.ingest.LoadRequest;
import id.satudata.portal.datastore.ingest.LoadResult;
import id.satudata.portal.datastore.ingest.LoadService;
import id.satudata.portal.datastore.ingest.LoadStatus;
import id.satudata.portal.datastore.ingest.PayloadFormat;
import id.satudata.portal.security.Caller;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs due pull connectors. A tick claims due connectors with {@code FOR UPDATE SKIP
 * LOCKED} and moves each one's next run to its next cron time in the same transaction, so
 * several portal instances run each due connector exactly once. Claimed connectors run in
 * parallel, each bounded by its timeout; every attempt is recorded; a failed attempt is
 * retried after {@code backoff * 2^(attempt-1)} seconds, up to the connector's retries. A
 * failing connector never stops the others.
 */
@Component
class PullScheduler {

    private static final Logger log = LoggerFactory.getLogger(PullScheduler.class);

    private final PullConnectorRepository connectors;

    private final PullFetcher fetcher;

    private final LoadService loads;

    private final TransactionTemplate transaction;

    private final ExchangeProperties properties;

    private final Clock clock;

    private final ExecutorService pool;

    PullScheduler(PullConnectorRepository connectors, PullFetcher fetcher, LoadService loads,
            TransactionTemplate transaction, ExchangeProperties properties, Clock clock) {
        this.connectors = connectors;
        this.fetcher = fetcher;
        this.loads = loads;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
        this.pool = Executors.newFixedThreadPool(Math.max(1, properties.pullThreads()),
                Thread.ofPlatform().name("pull-", 0).daemon().factory());
    }

    /** A claimed run: the connector, which attempt, and its next regular run. */
    private record Claim(PullConnector connector, int attempt, OffsetDateTime cronNext) {
    }

    @Scheduled(fixedDelayString = "${satudata.exchange.pull-interval:PT15S}", initialDelayString = "PT30S")
    void scheduled() {
        if (properties.pullScheduler()) {
            tick();
        }
    }

    /** Claims and runs the due connectors; returns how many ran. */
    int tick() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Claim> claims = transaction.execute(status -> {
            List<Claim> claimed = new ArrayList<>();
            for (PullConnector c : connectors.lockDue(now, 20)) {
                ZonedDateTime next = CronExpression.parse(c.cron()).next(now.atZoneSameInstant(clock.getZone()));
                OffsetDateTime cronNext = next == null ? null : next.toOffsetDateTime();
                connectors.schedule(c.id(), cronNext, 0);
                claimed.add(new Claim(c, Math.max(1, c.pendingAttempt()), cronNext));
            }
            return claimed;
        });
        List<Future<?>> running = new ArrayList<>();
        for (Claim claim : claims) {
            running.add(pool.submit(() -> run(claim)));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            }
            catch (Exception e) {
                log.error("Pull run failed", e);
            }
        }
        return claims.size();
    }

    private void run(Claim claim) {
        PullConnector c = claim.connector();
        OffsetDateTime started = OffsetDateTime.now(clock);
        long start = System.nanoTime();
        String status;
        Integer httpStatus = null;
        PullAttempt.Reason reason = null;
        Long loadId = null;
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken
                .authenticated(Caller.system("pull-connector-" + c.id()), null, List.of()));
        try {
            PayloadFormat format = c.format();
            PullFetcher.Fetched fetched = fetcher.fetch(c.url(),
                    format == PayloadFormat.JSON ? "application/json" : "text/csv", c.timeoutSeconds());
            httpStatus = fetched.status();
            try (InputStream body = Files.newInputStream(fetched.body())) {
                if (httpStatus / 100 != 2) {
                    status = "FAILED";
                    reason = PullAttempt.Reason.of(PullFailure.HTTP_STATUS, httpStatus);
                }
                else {
                    LoadResult result = loads
                        .load(LoadRequest.of(c.datasetId(), c.mode(), format).withConnector(c.id()), body);
                    loadId = result.loadId();
                    status = result.accepted() ? "SUCCESS"
                            : result.status() == LoadStatus.FAILED ? "FAILED" : "REJECTED";
                    reason = result.accepted() ? null : refused(result);
                }
            }
            finally {
                Files.deleteIfExists(fetched.body());
            }
        }
        catch (TimeoutException e) {
            status = "FAILED";
            reason = PullAttempt.Reason.of(PullFailure.TIMEOUT, c.timeoutSeconds());
        }
        catch (ConnectException | UnknownHostException e) {
            status = "FAILED";
            reason = PullAttempt.Reason.of(PullFailure.UNREACHABLE, URI.create(c.url()).getHost());
        }
        catch (Exception e) {
            status = "FAILED";
            reason = PullAttempt.Reason.of(PullFailure.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        finally {
            SecurityContextHolder.clearContext();
        }
        finish(claim, status, httpStatus, reason, loadId, started, (System.nanoTime() - start) / 1_000_000);
    }

    /** The refused load's error count and its first error, by code. */
    private static PullAttempt.Reason refused(LoadResult result) {
        if (result.errors().isEmpty()) {
            return PullAttempt.Reason.of(PullFailure.ROWS_REFUSED, result.errorCount(), "-");
        }
        LoadReport.Error first = result.errors().get(0);
        return new PullAttempt.Reason(PullFailure.ROWS_REFUSED,
                List.of(String.valueOf(result.errorCount()), first.reason()), first.code(), first.params());
    }

    private void finish(Claim claim, String status, Integer httpStatus, PullAttempt.Reason reason, Long loadId,
            OffsetDateTime started, long durationMs) {
        PullConnector c = claim.connector();
        String error = reason == null ? null : reason.english();
        transaction.executeWithoutResult(tx -> {
            connectors.recordAttempt(c.id(), claim.attempt(), loadId, status, httpStatus, reason, started, durationMs);
            connectors.finished(c.id(), status, OffsetDateTime.now(clock));
            if (status.equals("FAILED") && claim.attempt() <= c.maxRetries()) {
                long delay = (long) c.backoffSeconds() << (claim.attempt() - 1);
                OffsetDateTime retry = OffsetDateTime.now(clock).plusSeconds(delay);
                if (claim.cronNext() == null || retry.isBefore(claim.cronNext())) {
                    connectors.schedule(c.id(), retry, claim.attempt() + 1);
                }
            }
        });
        log.info("Pull connector {} attempt {}: {} {}", c.id(), claim.attempt(), status, error == null ? "" : error);
    }

}
