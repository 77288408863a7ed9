package id.satudata.portal.datastore.query;

/** Aggregate functions for charts. COUNT counts the rows with a value of the measure. */
public enum Aggregate {

    SUM, AVG, COUNT, MIN, MAX

}
