package id.satudata.portal.sop;

import id.satudata.portal.security.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of an SOP template.
 *
 * @param actorRoles roles marked in the SOP's actor columns, leading one first
 * @param completerRoles roles that may complete the step or take its decision
 * (ADMINISTRATOR may always act)
 * @param inputs the "kelengkapan" column
 * @param decisionQuestion set for decision steps, answered yes or no
 */
public record SopStep(String templateCode, int number, String activity, List<Role> actorRoles,
        List<Role> completerRoles, String inputs, TimeStandard timeStandard, String outputDocument,
        boolean outputRequired, @Nullable String decisionQuestion) {

    public SopStep {
        actorRoles = List.copyOf(actorRoles);
        completerRoles = List.copyOf(completerRoles);
    }

    public boolean isDecision() {
        return decisionQuestion != null;
    }

    /**
     * The activity up to its first clause ("melakukan perumusan mengenai skenario
     * integrasi ..." without the "jika ..." that follows), to name the step in a
     * sentence.
     */
    public String shortActivity() {
        int end = activity.length();
        for (String stop : new String[] { ", ", ". " }) {
            int at = activity.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return activity.substring(0, end).strip();
    }

    /** Whether a user with this role may complete the step on their own account. */
    public boolean isCompletableBy(Role role) {
        return completerRoles.contains(role);
    }
}
