package id.satudata.portal.base.changefeed;

/**
 * Receives the change feed on every instance, in order, once per event (the search index
 * registers one to follow changes made on other instances).
 */
public interface ChangeHandler {

    /** Name for logs. */
    String name();

    /**
     * Where to start after this instance starts: the last seq this handler has already
     * applied (e.g. kept in the search index's commit data), so events missed while the
     * instance was down are replayed. The default starts with the newest event.
     * @param newest the highest seq in the feed now (0 when empty)
     */
    default long resumeAfter(long newest) {
        return newest;
    }

    /** Applies one event; an exception is logged and the feed moves on. */
    void handle(ChangeEvent event);

}
