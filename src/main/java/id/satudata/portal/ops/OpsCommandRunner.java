package id.satudata.portal.ops;

import id.satudata.portal.base.audit.AuditLog;
import id.satudata.portal.base.rebuild.DerivedDataRebuilder;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Carries out the command-line backup or, after a restore, rebuilds the derived data and
 * compares the rows per table with the manifest.
 */
@Component
@Order(100)
class OpsCommandRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OpsCommandRunner.class);

    private final OpsCommand.Settings settings;

    private final BackupService backups;

    private final List<DerivedDataRebuilder> rebuilders;

    private final DataSource dataSource;

    private final AuditLog audit;

    OpsCommandRunner(OpsCommand.Settings settings, BackupService backups, List<DerivedDataRebuilder> rebuilders,
            DataSource dataSource, AuditLog audit) {
        this.settings = settings;
        this.backups = backups;
        this.rebuilders = rebuilders;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if ("backup".equals(settings.command())) {
            BackupManifest manifest = backups.writeTo(Objects.requireNonNull(settings.backupTo()));
            audit.operation("cli", "backup", settings.backupTo() + " " + manifest.databaseFormat());
            log.info("Backup written to {} ({} tables, {} files)", settings.backupTo(), manifest.tableRows().size(),
                    manifest.sha256().size());
        }
        else if ("restore".equals(settings.command())) {
            BackupManifest manifest = Restore.readVerified(Objects.requireNonNull(settings.restoreFrom()));
            rebuildDerivedData(rebuilders);
            try (var c = dataSource.getConnection()) {
                var rows = DatabaseBackup.rowCounts(c);
                manifest.tableRows().forEach((table, count) -> {
                    if (!count.equals(rows.get(table))) {
                        log.warn("Restored {} has {} rows, the backup had {}", table, rows.get(table), count);
                    }
                });
            }
            audit.operation("cli", "restore", settings.restoreFrom() + " " + manifest.createdAt());
            log.info("Restored {} (made {}, portal {})", settings.restoreFrom(), manifest.createdAt(),
                    manifest.portalVersion());
        }
    }

    static void rebuildDerivedData(List<DerivedDataRebuilder> rebuilders) {
        for (DerivedDataRebuilder rebuilder : rebuilders) {
            log.info("Rebuilding {}", rebuilder.name());
            rebuilder.rebuild();
        }
    }

}
