package id.satudata.portal.search;

import id.satudata.portal.catalog.CatalogChanged;
import id.satudata.portal.datastore.DatasetChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index following the database: each catalogue and datastore change right after
 * its commit, and anything else (a renamed OPD, SQL run by hand) by a periodic
 * reconciliation.
 */
@Component
class SearchIndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintenance.class);

    private final SearchIndex index;

    SearchIndexMaintenance(SearchIndex index) {
        this.index = index;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void catalogChanged(CatalogChanged change) {
        index.update(change.datasetId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void datasetChanged(DatasetChanged change) {
        index.update(change.datasetId());
    }

    @Scheduled(fixedDelayString = "${satudata.search.reconcile-interval:PT10S}",
            initialDelayString = "${satudata.search.reconcile-interval:PT10S}")
    void reconcile() {
        try {
            int changed = index.reconcile();
            if (changed > 0) {
                log.info("Search index reconciled: {} datasets re-indexed or removed", changed);
            }
        }
        catch (RuntimeException e) {
            log.warn("Search index reconciliation failed: {}", e.toString());
        }
    }

}
