package id.satudata.portal.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One embedded PostgreSQL server per data folder and JVM, shared by every Spring context
 * that uses that folder (test contexts each get their own database in it) and stopped
 * when the last one releases it.
 */
final class EmbeddedPostgresServers {

    private record Running(EmbeddedPostgres server, int users) {
    }

    private static final Map<Path, Running> RUNNING = new HashMap<>();

    private EmbeddedPostgresServers() {
    }

    static synchronized EmbeddedPostgres acquire(Path dataDir, EmbeddedDatabaseProperties properties) {
        Path key = dataDir.toAbsolutePath().normalize();
        Running running = RUNNING.get(key);
        if (running == null) {
            running = new Running(start(key, properties), 0);
        }
        RUNNING.put(key, new Running(running.server(), running.users() + 1));
        return running.server();
    }

    static synchronized void release(Path dataDir) {
        Path key = dataDir.toAbsolutePath().normalize();
        Running running = RUNNING.get(key);
        if (running == null) {
            return;
        }
        if (running.users() > 1) {
            RUNNING.put(key, new Running(running.server(), running.users() - 1));
            return;
        }
        RUNNING.remove(key);
        try {
            running.server().close();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL in " + key, e);
        }
    }

    private static EmbeddedPostgres start(Path dataDir, EmbeddedDatabaseProperties properties) {
        try {
            OrphanedPostmaster.stopIfAny(dataDir, Duration.ofSeconds(60));
            UnfinishedDataFolder.setAsideIfAny(dataDir, Clock.systemUTC());
            Files.createDirectories(dataDir);
            // zonky passes -F (fsync off); these -c settings come after it and win,
            // so a portal keeps what it acknowledged through a power cut
            String durable = properties.durable() ? "on" : "off";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(properties.clean())
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                // always: a crash in the middle of a page write must not tear it
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "2GB")
                .setServerConfig("timezone", "UTC");
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            return builder.start();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

}
