package id.satudata.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ConflictException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundBackupsTest {

    final BackgroundBackups backups = new BackgroundBackups(Clock.systemUTC());

    @AfterEach
    void stop() {
        backups.destroy();
    }

    @Test
    void aSecondBackupIsRefusedWhileOneRunsAndAllowedAfterIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackupRun first = backups.start("admin", () -> {
            await(release);
            return "satudata-1.zip";
        });
        assertThat(backups.last()).contains(first);
        assertThat(first.running()).isTrue();

        assertThatThrownBy(() -> backups.start("admin2", () -> "satudata-2.zip")).isInstanceOf(ConflictException.class)
            .hasFieldOrPropertyWithValue("messageKey", "ops.backup.running");

        release.countDown();
        BackupRun ended = awaitEnd();
        assertThat(ended.archive()).isEqualTo("satudata-1.zip");
        assertThat(ended.startedBy()).isEqualTo("admin");
        assertThat(backups.start("admin2", () -> "satudata-2.zip").startedBy()).isEqualTo("admin2");
        assertThat(awaitEnd().archive()).isEqualTo("satudata-2.zip");
    }

    @Test
    void aFailedBackupKeepsItsFailureAndFreesTheWay() throws Exception {
        backups.start("admin", () -> {
            throw new IllegalStateException("disk full");
        });
        BackupRun ended = awaitEnd();
        assertThat(ended.archive()).isNull();
        assertThat(ended.failure()).hasMessage("disk full");
        backups.start("admin", () -> "satudata-3.zip");
        assertThat(awaitEnd().archive()).isEqualTo("satudata-3.zip");
    }

    private BackupRun awaitEnd() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (backups.last().orElseThrow().running() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return backups.last().orElseThrow();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
