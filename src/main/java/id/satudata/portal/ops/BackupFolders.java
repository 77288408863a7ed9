package id.satudata.portal.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The file folders a backup carries and a restore puts back. */
final class BackupFolders {

    record Folder(String name, Path path) {
    }

    private BackupFolders() {
    }

    static List<Folder> of(Path dataDir, OpsProperties ops, List<BackupContributor> contributors) {
        List<Folder> folders = new ArrayList<>();
        if (Files.isDirectory(dataDir)) {
            try (Stream<Path> entries = Files.list(dataDir)) {
                entries.filter(Files::isDirectory)
                    .filter(p -> !ops.backupExclude().contains(p.getFileName().toString()))
                    .filter(p -> !p.equals(ops.backupPath(dataDir)))
                    .sorted(Comparator.naturalOrder())
                    .forEach(p -> folders.add(new Folder(p.getFileName().toString(), p)));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (BackupContributor contributor : contributors) {
            folders.add(new Folder(contributor.name(), contributor.folder()));
        }
        return folders;
    }

}
