package id.satudata.portal.demo;

/**
 * A feature's share of the demo data. Contributors run in ascending {@link #order()}
 * inside one transaction, once, on an empty database: organisations and users first, then
 * what builds on them.
 */
public interface DemoDataContributor {

    int order();

    void contribute(DemoContext context);

}
