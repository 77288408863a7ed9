package id.satudata.portal.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Writes the database part of a backup from one snapshot: the rows per table, and either
 * a pg_dump custom-format file (when a client of the server's major version is at hand)
 * or, for the embedded server, an online copy of its data folder between
 * {@code pg_backup_start} and {@code pg_backup_stop} with the WAL needed to make it
 * consistent.
 */
final class DatabaseBackup {

    /** What the database part holds. */
    record Written(String format, String postgresVersion, String schemaVersion, Map<String, Long> rows) {
    }

    // runtime files of a running server that a copy must not carry
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label",
            "tablespace_map", "pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_subtrans");

    private DatabaseBackup() {
    }

    static Written write(ArchiveWriter out, DataSource dataSource, PgClient.DbConnection connection,
            @Nullable Path pgdata, String pgBinDir, Path workDir) throws IOException, SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            String version = single(c, "show server_version");
            int major = Integer.parseInt(single(c, "show server_version_num")) / 10000;
            String schema = single(c,
                    "select coalesce((select version from flyway_schema_history where success and version is not null"
                            + " order by installed_rank desc limit 1), '')");
            Map<String, Long> rows = rowCounts(c);
            var client = PgClient.find(pgBinDir, major);
            String format;
            if (client.isPresent()) {
                String snapshot = single(c, "select pg_export_snapshot()");
                Path dump = Files.createTempFile(workDir, "dump-", ".tmp");
                try {
                    client.get()
                        .run("pg_dump", List.of("--format=custom", "--no-owner", "--no-privileges",
                                "--snapshot=" + snapshot, "--file=" + dump), connection);
                    out.addFile(BackupManifest.DUMP_ENTRY, dump);
                }
                finally {
                    Files.deleteIfExists(dump);
                }
                format = BackupManifest.PG_DUMP;
            }
            else if (pgdata != null) {
                copyDataFolder(out, dataSource, pgdata);
                format = BackupManifest.PGDATA;
            }
            else {
                throw new IllegalStateException("No pg_dump of PostgreSQL " + major
                        + " or newer found; install the client or set satudata.ops.pg-bin-dir");
            }
            c.commit();
            return new Written(format, version, schema, rows);
        }
    }

    private static void copyDataFolder(ArchiveWriter out, DataSource dataSource, Path pgdata)
            throws IOException, SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("select pg_backup_start('satudata-backup', true)");
            out.addTree(BackupManifest.PGDATA_PREFIX, pgdata, rel -> !SKIPPED.contains(rel.getName(0).toString())
                    || (rel.getNameCount() == 1 && Files.isDirectory(pgdata.resolve(rel))));
            try (ResultSet rs = st.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
                rs.next();
                out.add(BackupManifest.PGDATA_PREFIX + "backup_label", new java.io.ByteArrayInputStream(
                        rs.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                String map = rs.getString(2);
                if (map != null && !map.isEmpty()) {
                    out.add(BackupManifest.PGDATA_PREFIX + "tablespace_map",
                            new java.io.ByteArrayInputStream(map.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
            // the WAL written while the copy ran, needed to make it consistent
            Path wal = pgdata.resolve("pg_wal");
            out.addTree(BackupManifest.PGDATA_PREFIX + "pg_wal/", wal, rel -> true);
        }
    }

    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select quote_ident(table_schema) || '.' || quote_ident(table_name)"
                        + " from information_schema.tables where table_type = 'BASE TABLE'"
                        + " and table_schema not in ('pg_catalog', 'information_schema') order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> rows = new TreeMap<>();
        for (String table : tables) {
            rows.put(table, Long.parseLong(single(c, "select count(*) from " + table)));
        }
        return rows;
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

}
