package id.satudata.portal.datastore;

/**
 * Who may see a dataset: DRAFT only its OPD and staff, INTERNAL every signed-in user,
 * PUBLIC everyone.
 */
public enum Visibility {

    DRAFT, INTERNAL, PUBLIC

}
