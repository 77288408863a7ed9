package id.satudata.portal.registry.ui;

import id.satudata.portal.registry.Integration;
import id.satudata.portal.sop.IntegrationStatus;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopTemplate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The registry list's cell texts, each translated once per view and then reused: a page
 * of rows repeats the same few templates, steps and statuses, and a message format per
 * cell costs more than the rest of the row. The view is rebuilt when the language
 * changes, and so is this.
 */
final class CellTexts {

    private final RegistryFormat format;

    private final Map<String, Integer> stepCounts;

    private final Map<String, String> translated = new HashMap<>();

    CellTexts(RegistryFormat format, SopService sop) {
        this.format = format;
        this.stepCounts = sop.templates().stream().collect(Collectors.toMap(SopTemplate::code, t -> t.steps().size()));
    }

    /** "Kaltim", "Trenggalek int.". */
    String template(Integration integration) {
        String code = integration.templateCode();
        return translated.computeIfAbsent("template." + code, k -> format.t("registry.template.short." + code));
    }

    /** "3/12", or "Selesai" when no step is open. */
    String step(Integration integration) {
        Integer step = integration.currentStep();
        if (step == null) {
            return translated.computeIfAbsent("step.none", k -> format.t("registry.step.none"));
        }
        String template = integration.templateCode();
        return translated.computeIfAbsent("step." + template + "." + step,
                k -> format.t("registry.step.short", step, stepCounts.get(template)));
    }

    /** "Tervalidasi", "Dalam proses", "Dikembalikan ke langkah 3". */
    String status(Integration integration) {
        IntegrationStatus status = integration.status();
        String key = integration.returned() != null ? "status." + status + "." + integration.returned().toStep()
                : "status." + status;
        return translated.computeIfAbsent(key, k -> format.status(integration));
    }

    /** "Terlambat". */
    String overdue() {
        return translated.computeIfAbsent("overdue", k -> format.t("registry.badge.overdue"));
    }

}
