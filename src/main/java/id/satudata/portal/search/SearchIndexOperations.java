package id.satudata.portal.search;

import id.satudata.portal.catalog.CatalogChanged;
import id.satudata.portal.datastore.DatasetChanged;
import id.satudata.portal.base.changefeed.ChangeEvent;
import id.satudata.portal.base.changefeed.ChangeHandler;
import id.satudata.portal.base.rebuild.DerivedDataRebuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index in operations: follows catalogue changes made on any instance (change
 * feed), is rebuilt after a restore, and reports its health to the actuator.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexOperations implements ChangeHandler, DerivedDataRebuilder, HealthIndicator {

    private final SearchIndex index;

    SearchIndexOperations(SearchIndex index) {
        this.index = index;
    }

    @Override
    public String name() {
        return "search-index";
    }

    /** Missed events need no replay: the index reconciles with the database at start. */
    @Override
    public long resumeAfter(long newest) {
        return newest;
    }

    @Override
    public void handle(ChangeEvent event) {
        if (CatalogChanged.FEED_KIND.equals(event.kind()) || DatasetChanged.FEED_KIND.equals(event.kind())) {
            index.update(Long.parseLong(event.entityId()));
        }
    }

    @Override
    public void rebuild() {
        index.rebuild();
    }

    @Override
    public Health health() {
        SearchHealth health;
        try {
            health = index.health();
        }
        catch (RuntimeException e) {
            // the comparison with the database failed (database away): DOWN, not an error
            // that breaks the whole health answer
            return Health.down(e).build();
        }
        Health.Builder builder = health.healthy() ? Health.up() : Health.down();
        return builder.withDetail("documents", health.documents())
            .withDetail("publicDocuments", health.publicDocuments())
            .build();
    }

}
