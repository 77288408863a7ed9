package id.satudata.portal.datastore.schema;

/** What a column is for in charts: a category to group by, or a value to add up. */
public enum FieldRole {

    DIMENSION, MEASURE

}
