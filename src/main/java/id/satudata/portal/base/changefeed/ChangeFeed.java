package id.satudata.portal.base.changefeed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces changes to every portal instance: call {@link #append} inside the transaction
 * that makes the change (release, withdrawal, load, registry change); the row and its
 * {@code pg_notify} wake-up exist only if that transaction commits.
 */
@Service
public class ChangeFeed {

    private final ChangeEventRepository events;

    ChangeFeed(ChangeEventRepository events) {
        this.events = events;
    }

    /**
     * Appends an event in the caller's transaction (it must have one) and returns its
     * seq.
     * @param kind lower-case, dotted, e.g. {@code dataset.released}
     * @param entityId the changed thing's id as text
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long append(String kind, String entityId) {
        if (!kind.matches("[a-z][a-z0-9_.-]{1,63}") || entityId.isEmpty() || entityId.length() > 200) {
            throw new IllegalArgumentException("Invalid change event " + kind + " " + entityId);
        }
        return events.append(kind, entityId);
    }

}
