package id.satudata.portal.region;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the region feature.
 *
 * @param maxBoundarySize largest boundary GeoJSON file an administrator may upload
 * @param maxImportSize largest region CSV file an administrator may import
 */
@ConfigurationProperties("satudata.region")
public record RegionProperties(@DefaultValue("20MB") DataSize maxBoundarySize,
        @DefaultValue("20MB") DataSize maxImportSize) {
}
