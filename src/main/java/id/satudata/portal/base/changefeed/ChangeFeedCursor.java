package id.satudata.portal.base.changefeed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where one instance stands in the change feed: every seq up to {@link #watermark()} is
 * handled. A seq can commit after a higher one (concurrent transactions), so a hole is
 * kept open for a grace period before it is taken as a rolled-back sequence value.
 */
final class ChangeFeedCursor {

    private final Duration grace;

    private long watermark;

    private final TreeSet<Long> deliveredAbove = new TreeSet<>();

    private Instant holeSince = Instant.MAX;

    ChangeFeedCursor(long start, Duration grace) {
        this.watermark = start;
        this.grace = grace;
    }

    long watermark() {
        return watermark;
    }

    /**
     * The events of a read (seq > watermark, ascending) not delivered yet; marks them
     * delivered and moves the watermark.
     */
    List<ChangeEvent> accept(List<ChangeEvent> read, Instant now) {
        List<ChangeEvent> fresh = new ArrayList<>();
        for (ChangeEvent event : read) {
            if (event.seq() > watermark && deliveredAbove.add(event.seq())) {
                fresh.add(event);
            }
        }
        advance(now);
        return fresh;
    }

    private void advance(Instant now) {
        while (!deliveredAbove.isEmpty()) {
            if (deliveredAbove.first() == watermark + 1) {
                watermark = deliveredAbove.pollFirst();
                holeSince = Instant.MAX;
            }
            else if (holeSince == Instant.MAX) {
                holeSince = now;
                return;
            }
            else if (Duration.between(holeSince, now).compareTo(grace) >= 0) {
                watermark++;
            }
            else {
                return;
            }
        }
    }

}
