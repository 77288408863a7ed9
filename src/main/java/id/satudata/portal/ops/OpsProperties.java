package id.satudata.portal.ops;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for running the portal.
 *
 * @param monitoringToken bearer token that a monitoring system (Prometheus) presents to
 * read {@code /actuator/**}; empty: only administrators may
 * @param backupDir folder for the archives made from the back office; empty:
 * {@code <data-dir>/backups}
 * @param backupExclude folders of the data dir that are not copied into a backup (the
 * database, derived data such as the search index, the backups themselves)
 * @param pgBinDir folder with PostgreSQL client programs (pg_dump, pg_restore) to prefer
 * (the change feed's settings under the same prefix are {@code ChangeFeedProperties})
 */
@ConfigurationProperties("satudata.ops")
public record OpsProperties(@DefaultValue("") String monitoringToken, @DefaultValue("") String backupDir,
        @DefaultValue( {
                "pg", "backups", "search", "index", "tmp" }) List<String> backupExclude,
        @DefaultValue("") String pgBinDir){

    Path backupPath(Path dataDir) {
        return backupDir.isBlank() ? dataDir.resolve("backups") : Path.of(backupDir).toAbsolutePath().normalize();
    }

}
