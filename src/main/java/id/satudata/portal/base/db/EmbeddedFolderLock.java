package id.satudata.portal.base.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock the embedded server's owner takes on its folder (zonky's {@code epg-lock}):
 * held while a portal runs on that folder.
 */
public final class EmbeddedFolderLock {

    private EmbeddedFolderLock() {
    }

    /**
     * Whether another process holds the lock of the folder {@code pgdata};
     * {@code whenUnknown} when the lock file cannot be opened.
     */
    public static boolean heldByAnother(Path pgdata, boolean whenUnknown) {
        Path lock = pgdata.resolve("epg-lock");
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        }
        catch (OverlappingFileLockException e) {
            return true;
        }
        catch (IOException e) {
            return whenUnknown;
        }
    }

}
