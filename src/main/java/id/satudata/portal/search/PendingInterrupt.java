package id.satudata.portal.search;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index changes run with the calling thread's pending interrupt set aside: Lucene writes
 * through interruptible file channels, and one write by an interrupted thread closes the
 * index's lock file for every thread (the writer dies and the index is rebuilt).
 */
final class PendingInterrupt {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private PendingInterrupt() {
    }

    /** Runs the change with the interrupt cleared and restores it afterwards. */
    static <T> T setAsideDuring(Supplier<T> change) {
        boolean interrupted = Thread.interrupted();
        if (interrupted) {
            log.warn(
                    "Thread {} changed the search index with an interrupt pending; set aside until the change is written",
                    Thread.currentThread().getName());
        }
        try {
            return change.get();
        }
        finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

}
