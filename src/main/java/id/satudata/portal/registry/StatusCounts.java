package id.satudata.portal.registry;

import id.satudata.portal.sop.IntegrationStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many integrations have each status, how many have an overdue current step, and
 * where the returned ones went back to.
 *
 * @param returnedByDecision returned by their template's decision on the dashboard
 * (Kaltim 11 "tidak": "returned to step 3")
 * @param returnedTo returned integrations per template and step they went back to
 */
public record StatusCounts(Map<IntegrationStatus, Integer> byStatus, int overdue, int returnedByDecision,
        List<ReturnCount> returnedTo) {

    public StatusCounts {
        returnedTo = List.copyOf(returnedTo);
        EnumMap<IntegrationStatus, Integer> copy = new EnumMap<>(IntegrationStatus.class);
        for (IntegrationStatus status : IntegrationStatus.values()) {
            copy.put(status, byStatus.getOrDefault(status, 0));
        }
        byStatus = Map.copyOf(copy);
    }

    public int of(IntegrationStatus status) {
        return byStatus.get(status);
    }

    public int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

}
