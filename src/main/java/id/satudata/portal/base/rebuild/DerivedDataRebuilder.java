package id.satudata.portal.base.rebuild;

/**
 * Rebuilds data derived from PostgreSQL after a restore (the search index registers one).
 */
public interface DerivedDataRebuilder {

    String name();

    void rebuild();

}
