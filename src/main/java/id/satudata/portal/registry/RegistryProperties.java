package id.satudata.portal.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the integration registry.
 *
 * @param maxDocumentSize the largest document one may upload
 * @param maxDocumentsPerAction how many documents one action may carry
 * @param storage where document bytes are kept: {@code database} (PostgreSQL, the
 * default) or {@code folder}
 * @param storageDir the folder for {@code folder} storage; empty:
 * {@code <data-dir>/documents}
 */
@ConfigurationProperties("satudata.registry")
public record RegistryProperties(@DefaultValue("20MB") DataSize maxDocumentSize,
        @DefaultValue("10") int maxDocumentsPerAction, @DefaultValue("database") String storage,
        @DefaultValue("") String storageDir) {
}
