package id.satudata.portal.registry;

/**
 * The order of the registry list. Ties are broken by newest first.
 *
 * @param ascending smallest first (A to Z, oldest first)
 */
public record IntegrationSort(Field field, boolean ascending) {

    /** Columns the list can be sorted by. */
    public enum Field {

        CODE, TITLE, OPD, TEMPLATE, CURRENT_STEP, STATUS, DUE, CREATED

    }

    /** Newest first. */
    public static IntegrationSort newestFirst() {
        return new IntegrationSort(Field.CREATED, false);
    }

}
