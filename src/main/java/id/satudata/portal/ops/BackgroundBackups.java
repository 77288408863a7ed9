package id.satudata.portal.ops;

import id.satudata.portal.base.error.ConflictException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the operations page's backups on a thread of their own, one at a time: copying a
 * large database takes longer than a request should (and than proxies wait), so the page
 * starts a backup and follows it instead of waiting for it.
 */
@Component
public class BackgroundBackups implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundBackups.class);

    private final ExecutorService executor = Executors
        .newSingleThreadExecutor(Thread.ofPlatform().daemon().name("backup").factory());

    private final AtomicReference<@Nullable BackupRun> last = new AtomicReference<>();

    private final Clock clock;

    BackgroundBackups(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts the backup unless one is running (a conflict then).
     * @param backup makes the archive and returns its name
     */
    public BackupRun start(String by, Supplier<String> backup) {
        BackupRun previous = last.get();
        BackupRun run = BackupRun.started(clock.instant(), by);
        if (previous != null && previous.running() || !last.compareAndSet(previous, run)) {
            throw new ConflictException("ops.backup.running");
        }
        executor.execute(() -> {
            try {
                last.set(run.made(backup.get(), clock.instant()));
            }
            catch (RuntimeException e) {
                log.error("Backup started by {} failed", by, e);
                last.set(run.failed(e, clock.instant()));
            }
        });
        return run;
    }

    /** The running backup, or the one that ended last. */
    Optional<BackupRun> last() {
        return Optional.ofNullable(last.get());
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

}
