package id.satudata.portal.dashboard;

import id.satudata.portal.base.chart.ChartSeries;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.chart.ChartType;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.SopStep;
import id.satudata.portal.sop.SopTemplate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Charts describing the SOP templates themselves. */
public final class SopOverview {

    private SopOverview() {
    }

    /** For each role, how many steps of each template it takes part in. */
    public static ChartSpec stepsPerRole(List<SopTemplate> templates, Function<String, String> translate) {
        List<Role> roles = Arrays.asList(Role.values());
        List<String> categories = roles.stream().map(r -> translate.apply("role." + r.name())).toList();
        List<ChartSeries> series = templates.stream()
            .map(t -> new ChartSeries(translate.apply("sop.template." + t.code()),
                    roles.stream().map(role -> (Double) (double) countSteps(t, role)).toList()))
            .toList();
        return new ChartSpec(ChartType.COLUMN, translate.apply("home.chart.stepsPerRole"), categories, series,
                translate.apply("unit.steps"));
    }

    private static long countSteps(SopTemplate template, Role role) {
        return template.steps().stream().map(SopStep::actorRoles).filter(a -> a.contains(role)).count();
    }

}
