package id.satudata.portal.ops;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A backup started from the operations page: running until {@code finishedAt} is set,
 * then either with its archive's name or with the failure that stopped it.
 */
public record BackupRun(Instant startedAt, String startedBy, @Nullable Instant finishedAt, @Nullable String archive,
        @Nullable RuntimeException failure) {

    static BackupRun started(Instant at, String by) {
        return new BackupRun(at, by, null, null, null);
    }

    public boolean running() {
        return finishedAt == null;
    }

    BackupRun made(String name, Instant at) {
        return new BackupRun(startedAt, startedBy, at, name, null);
    }

    BackupRun failed(RuntimeException e, Instant at) {
        return new BackupRun(startedAt, startedBy, at, null, e);
    }

}
