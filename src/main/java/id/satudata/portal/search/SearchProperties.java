package id.satudata.portal.search;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search index.
 *
 * @param indexDir folder of the index; empty means {@code <data-dir>/index}
 * @param reconcileInterval how often the index is compared with the database to catch
 * changes made outside the catalogue (visibility set by the datastore, loads, renamed
 * OPDs)
 */
@ConfigurationProperties("satudata.search")
public record SearchProperties(@Nullable String indexDir, @DefaultValue("PT10S") Duration reconcileInterval) {
}
