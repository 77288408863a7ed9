package id.satudata.portal.report.periodic;

import id.satudata.portal.report.Block;
import id.satudata.portal.report.Cell;
import id.satudata.portal.report.ReportTexts;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopStep;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The tables of the periodic report (also the sheets of its XLSX). */
final class PeriodicReportTables {

    private static final int SHORT_ACTIVITY = 70;

    private final ReportTexts texts;

    private final SopService sops;

    private final ZoneId zone;

    PeriodicReportTables(ReportTexts texts, SopService sops, ZoneId zone) {
        this.texts = texts;
        this.sops = sops;
        this.zone = zone;
    }

    Block.Table states(PeriodicFacts facts) {
        List<List<Cell>> rows = new ArrayList<>();
        int total = 0;
        for (PeriodicFacts.StateCount c : facts.states()) {
            rows.add(List.of(Cell.text(texts.get("report.periodic.state." + c.state().name())),
                    count(c.integrations())));
            total += c.integrations();
        }
        rows.add(List.of(Cell.marked(texts.get("report.periodic.total"), Cell.Mark.STRONG),
                count(total).withMark(Cell.Mark.STRONG)));
        return table("states", rows, Block.Column.of(texts.get("report.periodic.col.state"), 4),
                Block.Column.numeric(texts.get("report.periodic.col.integrations"), 1.5));
    }

    Block.Table steps(PeriodicFacts facts) {
        List<List<Cell>> rows = facts.atStep()
            .stream()
            .map(c -> List.of(Cell.text(templateName(c.templateCode())), count(c.step()),
                    Cell.text(activity(c.templateCode(), c.step())), count(c.integrations())))
            .toList();
        return table("steps", rows, Block.Column.of(texts.get("report.periodic.col.template"), 1.6),
                Block.Column.numeric(texts.get("report.periodic.col.step"), 0.95),
                Block.Column.of(texts.get("report.periodic.col.activity"), 4),
                Block.Column.numeric(texts.get("report.periodic.col.integrations"), 1.1));
    }

    Block.Table compliance(PeriodicFacts facts) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PeriodicFacts.StepCompliance c : facts.compliance()) {
            SopStep step = sops.template(c.templateCode()).step(c.step());
            String onTime = texts.get("report.periodic.onTime", c.onTime(), c.completions(),
                    Math.round(100.0 * c.onTime() / c.completions()));
            rows.add(List.of(Cell.text(templateName(c.templateCode())), count(c.step()),
                    Cell.text(texts.timeStandard(step.timeStandard())), count(c.completions()),
                    c.onTime() < c.completions() ? Cell.marked(onTime, Cell.Mark.ALERT) : Cell.text(onTime),
                    Cell.text(texts.duration(c.median())),
                    Cell.text(texts.duration(c.worst()) + "\n" + c.worstCode())));
        }
        return table("compliance", rows, Block.Column.of(texts.get("report.periodic.col.template"), 1.5),
                Block.Column.numeric(texts.get("report.periodic.col.step"), 0.95),
                Block.Column.of(texts.get("report.periodic.col.standard"), 1.1),
                Block.Column.numeric(texts.get("report.periodic.col.completions"), 0.9),
                Block.Column.of(texts.get("report.periodic.col.onTime"), 1.2),
                Block.Column.of(texts.get("report.periodic.col.median"), 1.2),
                Block.Column.of(texts.get("report.periodic.col.worst"), 1.5));
    }

    Block.Table returns(PeriodicFacts facts) {
        List<List<Cell>> rows = facts.returns()
            .stream()
            .map(r -> List.of(Cell.text(r.code()), Cell.text(r.opdShortName()),
                    Cell.text(texts.get("report.periodic.returnPath", r.fromStep(),
                            r.toStep() == null ? "-" : r.toStep())),
                    Cell.text(time(r.at())),
                    Cell.marked(r.reason() == null ? texts.get("report.none") : r.reason(), Cell.Mark.ALERT)))
            .toList();
        return table("returns", rows, Block.Column.of(texts.get("report.periodic.col.code"), 1.4),
                Block.Column.of(texts.get("report.periodic.col.opd"), 1.1),
                Block.Column.of(texts.get("report.periodic.col.return"), 1.45),
                Block.Column.of(texts.get("report.periodic.col.date"), 1.2),
                Block.Column.of(texts.get("report.periodic.col.reason"), 3.65));
    }

    Block.Table released(PeriodicFacts facts) {
        List<List<Cell>> rows = facts.released()
            .stream()
            .map(d -> List.of(Cell.text(d.title()), Cell.text(d.opdShortName()), Cell.text(time(d.releasedAt())),
                    Cell.number(d.rows(), texts.number(d.rows())),
                    d.newInPeriod() ? Cell.marked(texts.get("report.periodic.new"), Cell.Mark.STRONG)
                            : Cell.marked(texts.get("report.periodic.earlier"), Cell.Mark.MUTED)))
            .toList();
        return table("released", rows, Block.Column.of(texts.get("report.periodic.col.dataset"), 3.6),
                Block.Column.of(texts.get("report.periodic.col.opd"), 1.2),
                Block.Column.of(texts.get("report.periodic.col.releasedAt"), 1.3),
                Block.Column.numeric(texts.get("report.periodic.col.rows"), 1.0),
                Block.Column.of(texts.get("report.periodic.col.inPeriod"), 1.1));
    }

    Block.Table loads(PeriodicFacts facts) {
        List<List<Cell>> rows = facts.loads()
            .stream()
            .map(l -> List.of(Cell.text(l.opdShortName()), count(l.loads()), count(l.accepted()),
                    l.rejected() > 0 ? count(l.rejected()).withMark(Cell.Mark.ALERT) : count(l.rejected()),
                    l.failed() > 0 ? count(l.failed()).withMark(Cell.Mark.ALERT) : count(l.failed()),
                    Cell.number(l.rowsAccepted(), texts.number(l.rowsAccepted()))))
            .toList();
        return table("loads", rows, Block.Column.of(texts.get("report.periodic.col.opd"), 2.2),
                Block.Column.numeric(texts.get("report.periodic.col.loads"), 1),
                Block.Column.numeric(texts.get("report.periodic.col.accepted"), 1),
                Block.Column.numeric(texts.get("report.periodic.col.rejected"), 1),
                Block.Column.numeric(texts.get("report.periodic.col.failed"), 1),
                Block.Column.numeric(texts.get("report.periodic.col.rowsAccepted"), 1.4));
    }

    private Block.Table table(String name, List<List<Cell>> rows, Block.Column... columns) {
        return new Block.Table(texts.get("report.periodic.table." + name), List.of(columns), rows,
                texts.get("report.periodic.sheet." + name));
    }

    private Cell count(long value) {
        return Cell.number(value, texts.number(value));
    }

    /**
     * Templates are shown by their code, words split so it wraps ("TRENGGALEK
     * EKSTERNAL").
     */
    private static String templateName(String code) {
        return code.replace('_', ' ');
    }

    private String activity(String template, int step) {
        String activity = sops.template(template).step(step).activity();
        if (activity.length() <= SHORT_ACTIVITY) {
            return activity;
        }
        int cut = activity.lastIndexOf(' ', SHORT_ACTIVITY);
        return activity.substring(0, cut > 30 ? cut : SHORT_ACTIVITY).stripTrailing() + "\u2026";
    }

    private String time(Instant instant) {
        return texts.shortDateTime(instant.atZone(zone)).replace(' ', '\n');
    }

}
