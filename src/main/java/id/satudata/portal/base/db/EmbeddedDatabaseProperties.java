package id.satudata.portal.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no JDBC URL is configured.
 *
 * @param database name of the database the portal uses inside the embedded server
 * @param port TCP port on localhost; 0 picks a free one
 * @param clean wipe the server's data folder at start (tests only)
 * @param durable fsync and synchronous_commit on (the default; full_page_writes is always
 * on); off only in test configuration, for speed
 */
@ConfigurationProperties("satudata.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("satudata") String database, @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean, @DefaultValue("true") boolean durable) {
}
