package id.satudata.portal.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One integration of the demo: what was asked, and how it went (legs along the template),
 * ending {@code idleDays} working days before now.
 *
 * @param byStaff requested by the administrator on the OPD's behalf
 */
record DemoStory(String opdCode, String title, String application, String description, String template, List<Leg> legs,
        double idleDays, boolean byStaff) {

    /**
     * A stretch of the story: go on (decisions answered yes) until a step, answer no with
     * a reason, or go on to the end.
     */
    record Leg(Kind kind, int step, @Nullable String reason) {

        enum Kind {

            TO, NO, FINISH

        }

        static Leg to(int step) {
            return new Leg(Kind.TO, step, null);
        }

        static Leg no(String reason) {
            return new Leg(Kind.NO, 0, reason);
        }

        static Leg finish() {
            return new Leg(Kind.FINISH, 0, null);
        }

    }

    static DemoStory kaltim(String opd, String title, String application, String description, double idleDays,
            Leg... legs) {
        return new DemoStory(opd, title, application, description, "KALTIM", List.of(legs), idleDays, false);
    }

    DemoStory requestedByStaff() {
        return new DemoStory(opdCode, title, application, description, template, legs, idleDays, true);
    }

    DemoStory withTemplate(String code) {
        return new DemoStory(opdCode, title, application, description, code, legs, idleDays, byStaff);
    }

}
