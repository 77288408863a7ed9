package id.satudata.portal.opd;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminPassword password of the first administrator on an installation without
 * accounts
 */
@ConfigurationProperties("satudata.bootstrap")
record BootstrapProperties(@Nullable String adminPassword) {
}
