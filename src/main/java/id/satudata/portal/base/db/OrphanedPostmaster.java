package id.satudata.portal.base.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running by a portal that died without stopping it ({@code kill -9},
 * an out-of-memory kill): its data folder's {@code postmaster.pid} names a live postgres
 * process while no process holds the folder's lock ({@code epg-lock}, taken by the portal
 * that starts the server and released by the operating system when that process dies).
 * Such a server is stopped cleanly (fast shutdown, SIGINT: open transactions roll back, a
 * checkpoint is written) before the portal starts its own, so no second server ever runs
 * on one folder and the new one gets this portal's settings.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    /** Stops the orphan of this data folder, if there is one; waits until it is gone. */
    static void stopIfAny(Path dataDir, Duration timeout) {
        Optional<ProcessHandle> orphan = find(dataDir);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = orphan.get();
        log.warn("Stopping the embedded PostgreSQL (pid {}) that a previous portal left running in {}",
                postmaster.pid(), dataDir);
        try {
            Process kill = new ProcessBuilder(List.of("kill", "-INT", Long.toString(postmaster.pid())))
                .redirectErrorStream(true)
                .start();
            kill.waitFor(10, TimeUnit.SECONDS);
            postmaster.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not stop the embedded PostgreSQL (pid " + postmaster.pid()
                    + ") left running in " + dataDir + "; stop it and start the portal again", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL", e);
        }
    }

    /** The live postmaster of the folder that no portal holds, if any. */
    static Optional<ProcessHandle> find(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        // a lock that cannot be read counts as held: leave that server alone
        if (!Files.isRegularFile(pidFile) || EmbeddedFolderLock.heldByAnother(dataDir, true)) {
            return Optional.empty();
        }
        return pid(pidFile).flatMap(ProcessHandle::of)
            .filter(ProcessHandle::isAlive)
            // a stale file may name a pid the system gave to something else since
            .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    private static Optional<Long> pid(Path pidFile) {
        try (var lines = Files.lines(pidFile)) {
            return lines.findFirst().map(String::strip).filter(s -> s.matches("\\d+")).map(Long::valueOf);
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

}
