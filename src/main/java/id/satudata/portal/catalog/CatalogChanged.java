package id.satudata.portal.catalog;

/**
 * Published inside the transaction that released, withdrew or re-described a dataset;
 * listeners that act after the commit (the search index) use
 * {@code @TransactionalEventListener}.
 */
public record CatalogChanged(long datasetId, CatalogEventKind kind) {

    /**
     * Kind of the change-feed events that announce catalogue changes to other instances.
     */
    public static final String FEED_KIND = "catalog.dataset";

}
