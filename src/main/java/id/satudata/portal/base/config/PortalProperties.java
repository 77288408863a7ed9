package id.satudata.portal.base.config;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of one portal installation.
 *
 * @param dataDir folder for everything the portal keeps on disk (embedded database,
 * search index, files)
 * @param regionName the province or regency this portal serves, shown in titles
 * @param sharedDir folder with the shared reference material (real data files,
 * boundaries) the demo reads
 * @param timeZone the region's time zone (Kaltim: WITA), for working days and due times
 */
@ConfigurationProperties("satudata")
public record PortalProperties(@DefaultValue("./data") String dataDir,
        @DefaultValue("Provinsi Kalimantan Timur") String regionName, @DefaultValue("../shared") String sharedDir,
        @DefaultValue("Asia/Makassar") ZoneId timeZone) {

    public Path dataPath() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    public Path sharedPath() {
        return Path.of(sharedDir).toAbsolutePath().normalize();
    }
}
