package id.satudata.portal.report;

import id.satudata.portal.base.chart.ChartImageOptions;
import id.satudata.portal.base.chart.ChartImageRenderer;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.chart.ChartType;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.SopStep;
import id.satudata.portal.sop.SopTemplate;
import id.satudata.portal.sop.TimeStandard;
import id.satudata.portal.sop.Transition;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The "Lembar SOP" of one template as a document: identification, the step table, two
 * charts (time standard per step, roles per step) and an approval block.
 */
final class SopSheet {

    /** Working days per unit, for the time-standard chart. */
    private static final double HOURS_PER_DAY = 8;

    private static final double DAYS_PER_MONTH = 21;

    private final SopTemplate template;

    private final ReportTexts texts;

    private final ChartImageRenderer charts;

    private final ZonedDateTime now;

    SopSheet(SopTemplate template, ReportTexts texts, ChartImageRenderer charts, ZonedDateTime now) {
        this.template = template;
        this.texts = texts;
        this.charts = charts;
        this.now = now;
    }

    ReportDocument document() {
        ReportDocument.Builder doc = ReportDocument.builder(texts.get("report.sop.title"), texts.locale(),
                texts.pageLabel());
        doc.subtitle(template.name() + " \u2014 " + template.issuer());
        doc.heading(1, texts.get("report.sop.section.identity")).keyValues(identification());
        doc.heading(1, texts.get("report.sop.section.steps")).table(stepTable());
        doc.heading(1, texts.get("report.sop.section.charts"));
        figure(doc, 1, timeChart());
        figure(doc, 2, rolesChart());
        doc.note(texts.get("report.sop.chart.note"));
        doc.heading(1, texts.get("report.sop.section.approval"));
        doc.note(texts.get("report.generated", texts.dateTime(now)));
        doc.signatures(texts.get("report.signature.place", texts.date(now.toLocalDate())),
                List.of(signatory(texts.get("report.signature.preamble"), "report.signature.pengawas"),
                        signatory("", "report.signature.administrator")));
        return doc.build();
    }

    private List<Block.KeyValue> identification() {
        String none = texts.get("report.none");
        long decisions = template.steps().stream().filter(SopStep::isDecision).count();
        return List.of(Block.KeyValue.of(texts.get("report.sop.name"), template.name()),
                Block.KeyValue.of(texts.get("report.sop.code"), template.code()),
                Block.KeyValue.of(texts.get("report.sop.issuer"), template.issuer()),
                Block.KeyValue.of(texts.get("report.sop.documentNumber"),
                        template.documentNumber() == null ? none : template.documentNumber()),
                Block.KeyValue.of(texts.get("report.sop.stepCount"), Integer.toString(template.steps().size())),
                Block.KeyValue.of(texts.get("report.sop.decisionCount"), Long.toString(decisions)),
                Block.KeyValue.of(texts.get("report.sop.overall"),
                        template.overall() == null ? none : texts.timeStandard(template.overall())));
    }

    private Block.Table stepTable() {
        List<Block.Column> columns = List.of(Block.Column.numeric(texts.get("report.sop.col.no"), 0.45),
                Block.Column.of(texts.get("report.sop.col.activity"), 3.2),
                Block.Column.of(texts.get("report.sop.col.actors"), 1.45),
                Block.Column.of(texts.get("report.sop.col.inputs"), 1.55),
                Block.Column.of(texts.get("report.sop.col.time"), 0.9),
                Block.Column.of(texts.get("report.sop.col.output"), 1.55),
                Block.Column.of(texts.get("report.sop.col.decision"), 1.6));
        List<List<Cell>> rows = new ArrayList<>();
        for (SopStep step : template.steps()) {
            String output = step.outputRequired() ? step.outputDocument()
                    : texts.get("report.sop.output.notUploaded", step.outputDocument());
            rows.add(List.of(Cell.number(step.number(), Integer.toString(step.number())), Cell.text(step.activity()),
                    Cell.text(step.actorRoles().stream().map(texts::role).collect(Collectors.joining(", "))),
                    Cell.text(step.inputs()), Cell.text(texts.timeStandard(step.timeStandard())), Cell.text(output),
                    decision(step)));
        }
        return new Block.Table(texts.get("report.sop.table.caption"), columns, rows,
                texts.get("report.sop.table.sheet"));
    }

    private Cell decision(SopStep step) {
        if (!step.isDecision()) {
            return Cell.marked(texts.get("report.none"), Cell.Mark.MUTED);
        }
        Transition yes = template.requireTransition(step.number(), Outcome.YES);
        Transition no = template.requireTransition(step.number(), Outcome.NO);
        String yesText = yes.endsIntegration() ? texts.get("report.sop.decision.yesEnd")
                : texts.get("report.sop.decision.yes", yes.toStep());
        String noText = texts.get("report.sop.decision.no", no.toStep());
        return Cell.marked(step.decisionQuestion() + "\n" + yesText + "\n" + noText, Cell.Mark.STRONG);
    }

    private ChartSpec timeChart() {
        List<String> categories = template.steps()
            .stream()
            .map(s -> texts.get("report.sop.step", s.number()) + ": " + s.activity())
            .toList();
        List<Double> days = template.steps().stream().map(s -> workingDays(s.timeStandard())).toList();
        return ChartSpec.of(ChartType.BAR, texts.get("report.sop.chart.time"), categories,
                texts.get("report.sop.chart.time.series"), new ArrayList<>(days),
                texts.get("report.sop.chart.time.unit"));
    }

    private ChartSpec rolesChart() {
        List<Role> roles = Arrays.stream(Role.values())
            .filter(role -> template.steps().stream().anyMatch(s -> s.actorRoles().contains(role)))
            .toList();
        List<Double> counts = roles.stream()
            .map(role -> (double) template.steps().stream().filter(s -> s.actorRoles().contains(role)).count())
            .toList();
        return ChartSpec.of(ChartType.COLUMN, texts.get("report.sop.chart.roles"),
                roles.stream().map(texts::role).toList(), texts.get("report.sop.chart.roles.series"),
                new ArrayList<>(counts), texts.get("report.sop.chart.roles.unit"));
    }

    /** The upper bound of a time standard in working days. */
    static double workingDays(TimeStandard standard) {
        double max = standard.max();
        double days = switch (standard.unit()) {
            case MINUTE -> max / 60 / HOURS_PER_DAY;
            case HOUR -> max / HOURS_PER_DAY;
            case DAY -> max;
            case WEEK -> max * 5;
            case MONTH -> max * DAYS_PER_MONTH;
        };
        return Math.round(days * 100) / 100.0;
    }

    private void figure(ReportDocument.Builder doc, int number, ChartSpec spec) {
        ChartImageOptions options = ChartImageOptions.print(texts.locale(), texts.get("report.chart.empty"));
        if (spec.type() == ChartType.BAR) {
            options = options.withSize(640, 120 + 34 * spec.categories().size());
        }
        doc.figure(charts.png(spec, options), options.pixelWidth(), options.pixelHeight(),
                texts.get("report.figure", number, spec.title()));
    }

    private Block.Signatory signatory(String preamble, String roleKey) {
        return new Block.Signatory(preamble, texts.get(roleKey), texts.get("report.signature.blankName"),
                texts.get("report.signature.blankId"));
    }

}
