package id.satudata.portal.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Puts a backup archive back: checks every checksum against the manifest, then unpacks
 * the file folders into the data dir and, for a {@code pgdata} archive, the embedded
 * server's data folder (before the server starts). Refuses to overwrite anything that is
 * not empty.
 */
final class Restore {

    private Restore() {
    }

    static BackupManifest readVerified(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = zip.getEntry(BackupManifest.FILE);
            if (entry == null) {
                throw new IllegalArgumentException(archive + " is not a portal backup (no manifest)");
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = BackupService.JSON.readValue(in, BackupManifest.class);
            }
            for (var expected : manifest.sha256().entrySet()) {
                ZipEntry file = zip.getEntry(expected.getKey());
                if (file == null || !expected.getValue().equals(sha256(zip, file))) {
                    throw new IllegalArgumentException("Backup damaged: " + expected.getKey() + " does not match");
                }
            }
            return manifest;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the backup " + archive, e);
        }
    }

    /**
     * Unpacks files (and the embedded database folder of a pgdata archive) into the data
     * dir.
     */
    static void unpack(Path archive, BackupManifest manifest, Path dataDir) {
        boolean pgdata = BackupManifest.PGDATA.equals(manifest.databaseFormat());
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            requireEmptyTargets(zip, dataDir, pgdata);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = targetOf(entry.getName(), dataDir, pgdata);
                if (target == null) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                }
                else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
            if (pgdata) {
                // PostgreSQL refuses a data folder others can read
                Files.setPosixFilePermissions(dataDir.resolve("pg"), PosixFilePermissions.fromString("rwx------"));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not restore " + archive + " into " + dataDir, e);
        }
    }

    private static void requireEmptyTargets(ZipFile zip, Path dataDir, boolean pgdata) throws IOException {
        var roots = zip.stream()
            .map(e -> targetOf(e.getName(), dataDir, pgdata))
            .filter(p -> p != null && !p.equals(dataDir))
            .map(p -> dataDir.resolve(dataDir.relativize(p).getName(0)))
            .distinct()
            .toList();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> content = Files.list(root)) {
                    if (content.findAny().isPresent()) {
                        throw new IllegalStateException(
                                "Restore needs an empty data folder, but " + root + " is not empty");
                    }
                }
            }
        }
    }

    private static Path targetOf(String name, Path dataDir, boolean pgdata) {
        String relative;
        if (name.startsWith(BackupManifest.FILES_PREFIX)) {
            relative = name.substring(BackupManifest.FILES_PREFIX.length());
        }
        else if (pgdata && name.startsWith(BackupManifest.PGDATA_PREFIX)) {
            relative = "pg/" + name.substring(BackupManifest.PGDATA_PREFIX.length());
        }
        else {
            return null;
        }
        Path target = dataDir.resolve(relative).normalize();
        if (!target.startsWith(dataDir) || relative.isEmpty()) {
            throw new IllegalArgumentException("Unsafe path in backup: " + name);
        }
        return target;
    }

    private static String sha256(ZipFile zip, ZipEntry entry) throws IOException {
        try (DigestInputStream in = new DigestInputStream(zip.getInputStream(entry), ArchiveWriter.sha())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

}
