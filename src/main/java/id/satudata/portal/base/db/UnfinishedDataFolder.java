package id.satudata.portal.base.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A data folder whose creation was cut off (a power cut or a kill during the first
 * start's {@code initdb}): files but no {@code PG_VERSION}, which initdb writes last.
 * initdb refuses a non-empty folder, so the portal would never start again. The folder is
 * moved aside, not deleted (it cannot hold acknowledged data, but an administrator may
 * want to look), and a new one is created.
 */
final class UnfinishedDataFolder {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedDataFolder.class);

    private UnfinishedDataFolder() {
    }

    /** Moves the folder aside when it is unfinished. */
    static void setAsideIfAny(Path dataDir, Clock clock) throws IOException {
        if (!Files.isDirectory(dataDir) || Files.exists(dataDir.resolve("PG_VERSION")) || isEmpty(dataDir)
        // another portal may be creating it right now
                || EmbeddedFolderLock.heldByAnother(dataDir, true)) {
            return;
        }
        Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".unfinished-"
                + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.move(dataDir, aside);
        log.warn("The database folder {} was never finished (no PG_VERSION: its first start was cut off); "
                + "moved it to {} and creating a new one", dataDir, aside);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

}
