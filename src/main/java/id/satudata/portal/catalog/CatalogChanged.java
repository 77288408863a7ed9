package id.satudata.portal.catalog;

/**
 * Published inside the transaction that released, withdrew or re-described a dataset;
 * listeners that act after the commit (the search index) use
 * {@code @TransactionalEventListener}.
 */
public record CatalogChanged(long datasetId, CatalogEventKind kind) {
}
