package id.satudata.portal.registry;

/** What an event of the history records. */
public enum EventKind {

    /** The integration was requested; it starts at the template's first step. */
    CREATED,
    /** A step was done, or its decision taken. */
    STEP_COMPLETED,
    /** A note or a correction (with documents) on the current step; nothing moves. */
    NOTE

}
