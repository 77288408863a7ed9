package id.satudata.portal.ops;

import java.time.Instant;
import java.util.Map;

/**
 * What a backup archive holds: versions, the database part's format, rows per table at
 * the time of the backup and the SHA-256 of every file in the archive.
 *
 * @param databaseFormat {@code pg_dump-custom} ({@code database/satudata.dump}) or
 * {@code pgdata} (an online copy of the embedded server's data folder under
 * {@code database/pgdata/})
 */
public record BackupManifest(String portalVersion, String postgresVersion, String schemaVersion, String databaseFormat,
        Instant createdAt, Map<String, Long> tableRows, Map<String, String> sha256) {

    static final String FILE = "manifest.json";

    static final String PG_DUMP = "pg_dump-custom";

    static final String PGDATA = "pgdata";

    static final String DUMP_ENTRY = "database/satudata.dump";

    static final String PGDATA_PREFIX = "database/pgdata/";

    static final String FILES_PREFIX = "files/";

}
