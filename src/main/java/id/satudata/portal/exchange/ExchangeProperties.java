package id.satudata.portal.exchange;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pullScheduler run due pull connectors on this instance
 * @param pullInterval how often the scheduler looks for due connectors
 * @param pullThreads connectors fetched at the same time
 */
@ConfigurationProperties("satudata.exchange")
public record ExchangeProperties(@DefaultValue("true") boolean pullScheduler,
        @DefaultValue("PT15S") Duration pullInterval, @DefaultValue("4") int pullThreads) {
}
