package id.satudata.portal.registry;

import id.satudata.portal.security.Role;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.Outcome;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an integration's append-only history.
 *
 * @param actedAs the role the actor acted in
 * @param onBehalf an ADMINISTRATOR acted for the step's own role
 * @param fromStep the step completed (or noted on); null for the creation
 * @param toStep the step that starts; null when the integration ends
 * @param stepDueAt when the completed step was due
 * @param late the step was completed after its due time
 */
public record IntegrationEvent(long id, long integrationId, EventKind kind, Instant at, @Nullable Long actorUserId,
        String actorName, @Nullable Role actedAs, boolean onBehalf, @Nullable Integer fromStep,
        @Nullable Outcome outcome, @Nullable Integer toStep, IntegrationStatus statusAfter, @Nullable String note,
        @Nullable Instant stepDueAt, boolean late) {
}
