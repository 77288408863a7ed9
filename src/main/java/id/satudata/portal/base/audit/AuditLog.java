package id.satudata.portal.base.audit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.stereotype.Component;

/**
 * The audit trail as structured log lines (logger {@code satudata.audit}): one line per
 * event with {@code event}, {@code actor} and the event's own fields as key-value pairs;
 * the request id and user come from the log context. Features call it; nothing here
 * decides anything.
 */
@Component
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("satudata.audit");

    public void loginSucceeded(String username) {
        event("login.success", username).log("Sign-in of {}", username);
    }

    public void loginFailed(String username, String reason) {
        event("login.failure", username).addKeyValue("reason", reason).log("Failed sign-in of {}", username);
    }

    /**
     * A decision on an SOP step (e.g. step 11 YES/NO, step 3 NO).
     */
    public void decision(String actor, String integration, int step, String outcome, @Nullable String note) {
        event("decision", actor).addKeyValue("integration", integration)
            .addKeyValue("step", step)
            .addKeyValue("outcome", outcome)
            .addKeyValue("note", note == null ? "" : note)
            .log("Decision {} on step {} of {}", outcome, step, integration);
    }

    /** A dataset released to (or withdrawn from) the public portal. */
    public void release(String actor, String dataset, boolean released) {
        event(released ? "release" : "withdrawal", actor).addKeyValue("dataset", dataset)
            .log("{} {}", released ? "Released" : "Withdrew", dataset);
    }

    /** A load into a dataset, accepted or rejected. */
    public void load(String actor, String dataset, long rows, boolean accepted) {
        event("load", actor).addKeyValue("dataset", dataset)
            .addKeyValue("rows", rows)
            .addKeyValue("accepted", accepted)
            .log("Load of {} rows into {} {}", rows, dataset, accepted ? "accepted" : "rejected");
    }

    /** A request authenticated by an API key (never the key itself, only its id). */
    public void apiKeyUsed(String keyId, String opd, String path) {
        event("apikey.use", "apikey:" + keyId).addKeyValue("opd", opd)
            .addKeyValue("path", path)
            .log("API key {} used on {}", keyId, path);
    }

    /** An operations action: backup, restore, index rebuild. */
    public void operation(String actor, String action, String detail) {
        event("ops." + action, actor).addKeyValue("detail", detail).log("{} {}", action, detail);
    }

    private static LoggingEventBuilder event(String event, String actor) {
        return log.atInfo().addKeyValue("event", event).addKeyValue("actor", actor);
    }

}
