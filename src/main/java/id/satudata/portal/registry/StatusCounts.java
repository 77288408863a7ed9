package id.satudata.portal.registry;

import id.satudata.portal.sop.IntegrationStatus;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many integrations have each status, and how many have an overdue current step.
 */
public record StatusCounts(Map<IntegrationStatus, Integer> byStatus, int overdue) {

    public StatusCounts {
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
