package id.satudata.portal.catalog;

/**
 * Whether a released dataset is up to date for its declared update frequency: current
 * ("mutakhir"), late by whole months ("terlambat N bulan"), never loaded, or without a
 * schedule (irregular updates).
 *
 * @param monthsLate whole months past the expected update, at least 1 when late, else 0
 */
public record Timeliness(State state, int monthsLate) {

    /** The four answers a visitor can see. */
    public enum State {

        CURRENT, LATE, NO_DATA, UNSCHEDULED

    }

    public boolean late() {
        return state == State.LATE;
    }

}
