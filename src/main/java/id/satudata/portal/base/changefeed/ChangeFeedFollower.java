package id.satudata.portal.base.changefeed;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows the change feed on this instance: LISTENs on a connection of its own for the
 * wake-up, reads new rows in seq order (also every poll interval, in case a notification
 * was lost) and hands each to every {@link ChangeHandler}. Survives database restarts by
 * reconnecting and reading on from where it stood.
 */
@Component
class ChangeFeedFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedFollower.class);

    private static final Duration HOLE_GRACE = Duration.ofSeconds(30);

    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final DataSource dataSource;

    private final ChangeEventRepository events;

    private final List<ChangeHandler> handlers;

    private final ChangeFeedProperties properties;

    private volatile boolean running;

    private volatile ChangeFeedCursor cursor;

    private Thread thread;

    ChangeFeedFollower(DataSource dataSource, ChangeEventRepository events, List<ChangeHandler> handlers,
            ChangeFeedProperties properties) {
        this.dataSource = dataSource;
        this.events = events;
        this.handlers = handlers;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (!properties.changeFeedEnabled()) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("change-feed").start(this::follow);
    }

    /**
     * Stops following and waits (briefly) for the thread to end, so that no handler runs
     * while the application closes. The thread is woken, not interrupted: handlers write
     * to files (the search index) whose channels an interrupt would close mid-write.
     */
    @Override
    public void stop() {
        running = false;
        if (thread == null) {
            return;
        }
        LockSupport.unpark(thread);
        wakeListener();
        try {
            if (!thread.join(STOP_WAIT)) {
                log.warn("Change feed still handling an event {} after stop; left to finish", STOP_WAIT);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A notification ends the listener's wait for one at once instead of after the poll.
     */
    private void wakeListener() {
        try (Connection connection = dataSource.getConnection(); Statement notify = connection.createStatement()) {
            notify.execute("NOTIFY " + ChangeEventRepository.CHANNEL);
        }
        catch (SQLException e) {
            // the database is away: the listener's connection fails and its loop ends by
            // itself
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The last seq this instance has handled (-1 before the first read). */
    long position() {
        ChangeFeedCursor c = cursor;
        return c == null ? -1 : c.watermark();
    }

    private void follow() {
        long backoff = 500;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + ChangeEventRepository.CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                backoff = 500;
                while (running) {
                    readNew();
                    pg.getNotifications((int) properties.changeFeedPoll().toMillis());
                }
            }
            catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Change feed interrupted ({}); reconnecting in {} ms", e.getMessage(), backoff);
                    pause(backoff);
                    // capped low: a reconnect attempt is cheap, and the index should
                    // catch up within seconds
                    backoff = Math.min(backoff * 2, 4_000);
                }
            }
        }
    }

    private void readNew() {
        if (cursor == null) {
            long newest = events.newest();
            long start = handlers.stream().mapToLong(h -> h.resumeAfter(newest)).min().orElse(newest);
            cursor = new ChangeFeedCursor(Math.min(start, newest), HOLE_GRACE);
        }
        long before;
        List<ChangeEvent> read;
        do {
            before = cursor.watermark();
            read = events.after(before, 500);
            for (ChangeEvent event : cursor.accept(read, Instant.now())) {
                if (!running) {
                    return;
                }
                dispatch(event);
            }
        }
        while (read.size() == 500 && cursor.watermark() > before && running);
    }

    private void dispatch(ChangeEvent event) {
        for (ChangeHandler handler : handlers) {
            try {
                handler.handle(event);
            }
            catch (RuntimeException e) {
                log.error("Change handler {} failed on event {} ({} {})", handler.name(), event.seq(), event.kind(),
                        event.entityId(), e);
            }
        }
    }

    /** Waits before reconnecting; {@link #stop()} cuts the wait short. */
    private void pause(long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (long left = end - System.nanoTime(); running && left > 0; left = end - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
    }

}
