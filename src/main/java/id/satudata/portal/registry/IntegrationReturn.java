package id.satudata.portal.registry;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a returned integration went back to: the decision step whose "no" sent it back
 * (it counts as returned until it reaches that step again), the step it went back to,
 * when, by whom and why.
 */
public record IntegrationReturn(int fromStep, int toStep, Instant at, String byName, @Nullable String reason) {

}
