package id.satudata.portal.base.changefeed;

import java.time.Instant;

/**
 * One change announced on the change feed: what kind of thing changed (e.g.
 * {@code dataset.released}) and which one, in commit order by {@code seq}.
 */
public record ChangeEvent(long seq, String kind, String entityId, Instant at) {
}
