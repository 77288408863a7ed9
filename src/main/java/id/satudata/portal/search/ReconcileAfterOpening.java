package id.satudata.portal.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reconcile that follows the opening of an existing index, off the starting thread:
 * the index answers meanwhile. A failure is logged and left to the scheduled reconcile
 * ({@link SearchIndexMaintenance}).
 */
final class ReconcileAfterOpening {

    private static final Logger log = LoggerFactory.getLogger(ReconcileAfterOpening.class);

    static final Executor IN_THE_BACKGROUND = task -> Thread.ofPlatform()
        .daemon()
        .name("search-reconcile-after-open")
        .start(task);

    private volatile Executor executor = IN_THE_BACKGROUND;

    private volatile CompletableFuture<Integer> done = CompletableFuture.completedFuture(0);

    void start(IntSupplier reconcile) {
        CompletableFuture<Integer> finished = new CompletableFuture<>();
        done = finished;
        executor.execute(() -> {
            try {
                finished.complete(reconcile.getAsInt());
            }
            catch (RuntimeException e) {
                log.warn("Search index reconciliation after opening failed: {}", e.toString());
                finished.completeExceptionally(e);
            }
        });
    }

    /**
     * Completes with the documents changed when the reconcile after the last opening
     * finished.
     */
    CompletableFuture<Integer> done() {
        return done;
    }

    /** Runs the reconciles after the next openings with this executor (tests). */
    void runWith(Executor executor) {
        this.executor = executor;
    }

}
