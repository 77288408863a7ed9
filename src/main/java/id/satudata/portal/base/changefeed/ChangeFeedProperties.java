package id.satudata.portal.base.changefeed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance follows the change feed; the keys stay under {@code satudata.ops},
 * where operators set them.
 *
 * @param changeFeedPoll longest time between two reads of the change feed when no
 * notification arrives
 * @param changeFeedEnabled whether this instance follows the change feed
 */
@ConfigurationProperties("satudata.ops")
public record ChangeFeedProperties(@DefaultValue("2s") Duration changeFeedPoll,
        @DefaultValue("true") boolean changeFeedEnabled) {

}
