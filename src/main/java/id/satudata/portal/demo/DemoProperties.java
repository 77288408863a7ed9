package id.satudata.portal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled fill an empty database with demo data at start
 * @param seed seed of the random choices, so the same demo comes out every time
 * @param password password of every demo account
 */
@ConfigurationProperties("satudata.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("20261123") long seed,
        @DefaultValue("demo12345") String password) {
}
