package id.satudata.portal.ops;

import com.zaxxer.hikari.HikariDataSource;
import id.satudata.portal.base.audit.AuditLog;
import id.satudata.portal.base.config.PortalProperties;
import id.satudata.portal.base.db.EmbeddedDatabase;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes backup archives: one zip with the database (see {@link DatabaseBackup}), every
 * file under the data dir's folders (documents, payloads; not the database folder,
 * derived data or the backups) plus the {@link BackupContributor} folders, and a
 * manifest.
 */
@Service
public class BackupService {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    /**
     * The archive's name tells when it was made in the portal's zone, as the page shows
     * it.
     */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;

    private final PortalProperties portal;

    private final OpsProperties ops;

    private final ObjectProvider<EmbeddedDatabase> embedded;

    private final List<BackupContributor> contributors;

    private final CurrentCaller caller;

    private final BackgroundBackups background;

    private final AuditLog audit;

    private final Clock clock;

    BackupService(DataSource dataSource, PortalProperties portal, OpsProperties ops,
            ObjectProvider<EmbeddedDatabase> embedded, List<BackupContributor> contributors, CurrentCaller caller,
            BackgroundBackups background, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.portal = portal;
        this.ops = ops;
        this.embedded = embedded;
        this.contributors = contributors;
        this.caller = caller;
        this.background = background;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Administrator: starts writing a new archive into the backup folder in the
     * background (one at a time; {@link #lastBackup()} follows it).
     */
    public BackupRun startBackup() {
        Caller who = caller.get();
        who.requireAnyRole(Role.ADMINISTRATOR);
        return background.start(who.name(), () -> backup(who.name()));
    }

    /** Administrator: the backup running now, or the one that ended last. */
    public Optional<BackupRun> lastBackup() {
        caller.get().requireAnyRole(Role.ADMINISTRATOR);
        return background.last();
    }

    private String backup(String by) {
        Path dir = ops.backupPath(portal.dataPath());
        Path target = dir.resolve("satudata-" + STAMP.format(clock.instant().atZone(clock.getZone())) + ".zip");
        BackupManifest manifest = writeTo(target);
        audit.operation(by, "backup", target.getFileName() + " " + manifest.tableRows().size());
        return target.getFileName().toString();
    }

    /** Administrator: the archives in the backup folder, newest first. */
    public List<BackupFile> list() {
        caller.get().requireAnyRole(Role.ADMINISTRATOR);
        Path dir = ops.backupPath(portal.dataPath());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<BackupFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().endsWith(".zip")).toList()) {
                files.add(new BackupFile(p.getFileName().toString(), Files.size(p),
                        Files.getLastModifiedTime(p).toInstant()));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort((a, b) -> b.name().compareTo(a.name()));
        return files;
    }

    /** Administrator: opens one archive of the backup folder for download. */
    public InputStream open(String name) throws IOException {
        caller.get().requireAnyRole(Role.ADMINISTRATOR);
        if (!name.matches("satudata-[0-9]{8}-[0-9]{6}\\.zip")) {
            throw new id.satudata.portal.base.error.NotFoundException("ops.backup.notFound", name);
        }
        Path file = ops.backupPath(portal.dataPath()).resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new id.satudata.portal.base.error.NotFoundException("ops.backup.notFound", name);
        }
        return Files.newInputStream(file);
    }

    /**
     * Writes an archive to a file (command line and the action above); written beside it
     * first and moved into place, so a failed backup leaves no half archive.
     */
    BackupManifest writeTo(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            BackupManifest manifest;
            try (OutputStream out = Files.newOutputStream(partial); ArchiveWriter archive = new ArchiveWriter(out)) {
                manifest = write(archive, target.toAbsolutePath().getParent());
            }
            catch (IOException | SQLException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return manifest;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Backup to " + target + " failed", e);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Backup to " + target + " failed", e);
        }
    }

    private BackupManifest write(ArchiveWriter archive, Path workDir) throws IOException, SQLException {
        Path data = portal.dataPath();
        Path pgdata = embedded.getIfAvailable() == null ? null : data.resolve("pg");
        DatabaseBackup.Written db = DatabaseBackup.write(archive, dataSource, connection(), pgdata, ops.pgBinDir(),
                workDir);
        for (BackupFolders.Folder folder : BackupFolders.of(data, ops, contributors)) {
            archive.addTree(BackupManifest.FILES_PREFIX + folder.name() + "/", folder.path(), rel -> true);
        }
        BackupManifest manifest = new BackupManifest(portalVersion(), db.postgresVersion(), db.schemaVersion(),
                db.format(), clock.instant(), db.rows(), archive.checksums());
        archive.add(BackupManifest.FILE, new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(manifest)));
        return manifest;
    }

    private PgClient.DbConnection connection() {
        if (dataSource instanceof HikariDataSource hikari) {
            return new PgClient.DbConnection(hikari.getJdbcUrl(), nonNull(hikari.getUsername()),
                    nonNull(hikari.getPassword()));
        }
        throw new IllegalStateException("Backups need a Hikari data source");
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    static String portalVersion() {
        String v = BackupService.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** One archive in the backup folder. */
    public record BackupFile(String name, long size, java.time.Instant modified) {
    }

}
