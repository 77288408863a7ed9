package id.satudata.portal.base.cluster;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of scheduled work on exactly one portal instance per tick (ShedLock on the
 * {@code shedlock} table, with the database's clock so instances with skewed clocks
 * agree).
 *
 * <p>
 * Call it from the {@code @Scheduled} method on every instance; hold the lock at least a
 * little less than the schedule's period, so an instance whose tick fires a moment later
 * finds the tick taken, and at most as long as the work may ever take (a crashed instance
 * frees the job after that).
 */
@Component
public class ClusterLock {

    private final LockingTaskExecutor executor;

    ClusterLock(DataSource dataSource) {
        this.executor = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(new JdbcTemplate(dataSource))
                    .withTableName("shedlock")
                    .usingDbTime()
                    .build()));
    }

    /**
     * Runs the task here unless another instance holds the job; returns whether it ran.
     * @param job stable name of the job (at most 64 characters)
     * @param atLeast how long the job stays taken even when the task finishes sooner
     * @param atMost how long the job stays taken when this instance dies while running it
     */
    public boolean runExclusively(String job, Duration atLeast, Duration atMost, Runnable task) {
        if (job.isBlank() || job.length() > 64 || atLeast.compareTo(atMost) > 0) {
            throw new IllegalArgumentException("Invalid cluster job " + job + " (" + atLeast + ", " + atMost + ")");
        }
        try {
            return executor.executeWithLock(() -> {
                task.run();
                return Boolean.TRUE;
            }, new LockConfiguration(Instant.now(), job, atMost, atLeast)).wasExecuted();
        }
        catch (RuntimeException | Error e) {
            throw e;
        }
        catch (Throwable e) {
            throw new IllegalStateException("Cluster job " + job + " failed", e);
        }
    }

}
