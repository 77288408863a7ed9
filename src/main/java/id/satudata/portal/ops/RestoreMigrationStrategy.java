package id.satudata.portal.ops;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Before Flyway migrates: when the portal runs as {@code restore} with a pg_dump archive,
 * loads the dump into the (required empty) database with pg_restore; Flyway then brings
 * the restored schema up to this version of the portal.
 */
@Component
class RestoreMigrationStrategy implements FlywayMigrationStrategy {

    private final OpsCommand.Settings command;

    private final DataSource dataSource;

    private final OpsProperties ops;

    RestoreMigrationStrategy(OpsCommand.Settings command, DataSource dataSource, OpsProperties ops) {
        this.command = command;
        this.dataSource = dataSource;
        this.ops = ops;
    }

    @Override
    public void migrate(Flyway flyway) {
        if (command.restoreFrom() != null) {
            Path archive = command.restoreFrom();
            BackupManifest manifest = Restore.readVerified(archive);
            if (BackupManifest.PG_DUMP.equals(manifest.databaseFormat())) {
                restoreDump(archive);
            }
        }
        flyway.migrate();
    }

    private void restoreDump(Path archive) {
        try (Connection c = dataSource.getConnection()) {
            int major = c.getMetaData().getDatabaseMajorVersion();
            requireEmpty(c);
            PgClient client = PgClient.find(ops.pgBinDir(), major)
                .orElseThrow(() -> new IllegalStateException("pg_restore of PostgreSQL " + major + " needed"));
            Path dump = Files.createTempFile("satudata-restore-", ".dump");
            try (ZipFile zip = new ZipFile(archive.toFile());
                    InputStream in = zip.getInputStream(zip.getEntry(BackupManifest.DUMP_ENTRY))) {
                Files.copy(in, dump, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                HikariDataSource hikari = (HikariDataSource) dataSource;
                client.run("pg_restore", List.of("--no-owner", "--no-privileges", "--exit-on-error", dump.toString()),
                        new PgClient.DbConnection(hikari.getJdbcUrl(), String.valueOf(hikari.getUsername()),
                                hikari.getPassword() == null ? "" : hikari.getPassword()));
            }
            finally {
                Files.deleteIfExists(dump);
            }
        }
        catch (SQLException | IOException e) {
            throw new IllegalStateException("Restore of " + archive + " failed", e);
        }
    }

    private static void requireEmpty(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from information_schema.tables"
                        + " where table_schema not in ('pg_catalog', 'information_schema')")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("Restore needs an empty database; this one has tables");
            }
        }
    }

}
