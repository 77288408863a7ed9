package id.satudata.portal.datastore;

import id.satudata.portal.base.changefeed.ChangeFeed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces {@link DatasetChanged}: call inside the transaction that makes the change.
 */
@Component
public class DatasetChanges {

    private final ApplicationEventPublisher events;

    private final ChangeFeed feed;

    DatasetChanges(ApplicationEventPublisher events, ChangeFeed feed) {
        this.events = events;
        this.feed = feed;
    }

    public void announce(long datasetId) {
        events.publishEvent(new DatasetChanged(datasetId));
        feed.append(DatasetChanged.FEED_KIND, Long.toString(datasetId));
    }

}
