package id.satudata.portal.report.integration;

import id.satudata.portal.datastore.DataTable;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.registry.IntegrationDocument;
import id.satudata.portal.report.Block;
import id.satudata.portal.report.Cell;
import id.satudata.portal.report.ReportTexts;
import id.satudata.portal.sop.Outcome;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tables of the integration report: the path through the SOP, the documents per step
 * and the datasets.
 */
final class IntegrationReportTables {

    private static final int SHORT_ACTIVITY = 90;

    private final ReportTexts texts;

    private final ZoneId zone;

    private final Instant now;

    IntegrationReportTables(ReportTexts texts, ZoneId zone, Instant now) {
        this.texts = texts;
        this.zone = zone;
        this.now = now;
    }

    Block.Table path(List<PathRow> rows) {
        List<Block.Column> columns = List.of(Block.Column.of(texts.get("report.integration.col.step"), 1.85),
                Block.Column.of(texts.get("report.integration.col.actor"), 1.35),
                Block.Column.of(texts.get("report.integration.col.start"), 1.3),
                Block.Column.of(texts.get("report.integration.col.end"), 1.3),
                Block.Column.of(texts.get("report.integration.col.standard"), 0.95),
                Block.Column.of(texts.get("report.integration.col.actual"), 1.1),
                Block.Column.of(texts.get("report.integration.col.decision"), 2.15));
        List<List<Cell>> cells = new ArrayList<>();
        for (PathRow row : rows) {
            cells.add(List.of(stepCell(row), actorCell(row), Cell.text(time(row.start())),
                    row.isOpen() ? Cell.marked(texts.get("report.integration.open"), Cell.Mark.MUTED)
                            : Cell.text(time(row.end())),
                    Cell.text(texts.timeStandard(row.step().timeStandard())), actualCell(row), decisionCell(row)));
        }
        return new Block.Table(texts.get("report.integration.table.path"), columns, cells,
                texts.get("report.integration.sheet.path"));
    }

    private Cell stepCell(PathRow row) {
        String head = texts.get("report.integration.stepNo", row.step().number());
        if (row.visit() > 1) {
            head = head + " " + texts.get("report.integration.visit", row.visit());
        }
        return Cell.text(head + "\n" + shortActivity(row.step().activity()));
    }

    private Cell actorCell(PathRow row) {
        if (row.actor() == null) {
            return Cell.marked(texts.get("report.none"), Cell.Mark.MUTED);
        }
        String role = row.actedAs() == null ? "" : "\n" + texts.role(row.actedAs());
        String behalf = row.onBehalf() ? "\n" + texts.get("report.integration.onBehalf") : "";
        return Cell.text(row.actor() + role + behalf);
    }

    private Cell actualCell(PathRow row) {
        String actual = texts.duration(row.actual(now));
        if (row.late()) {
            String word = texts.get(row.isOpen() ? "report.integration.overdue" : "report.integration.late");
            return Cell.marked(actual + "\n" + word, Cell.Mark.ALERT);
        }
        return Cell.text(actual);
    }

    private Cell decisionCell(PathRow row) {
        Outcome outcome = row.outcome();
        if (outcome == null) {
            return Cell.marked(texts.get("report.integration.inProgress"), Cell.Mark.MUTED);
        }
        String note = row.note() == null ? "" : "\n" + texts.get("report.integration.reason", row.note());
        return switch (outcome) {
            case DONE -> Cell.text(texts.get("report.integration.outcome.DONE") + note);
            case YES -> Cell.marked(texts.get("report.integration.outcome.YES", row.step().decisionQuestion()) + note,
                    Cell.Mark.STRONG);
            case NO -> Cell.marked(texts.get("report.integration.outcome.NO", row.step().decisionQuestion(),
                    row.toStep() == null ? "-" : row.toStep()) + note, Cell.Mark.ALERT);
        };
    }

    Block.Table documents(List<IntegrationDocument> documents) {
        List<Block.Column> columns = List.of(Block.Column.numeric(texts.get("report.integration.col.stepShort"), 0.95),
                Block.Column.of(texts.get("report.integration.col.kind"), 1.8),
                Block.Column.of(texts.get("report.integration.col.file"), 2.0),
                Block.Column.of(texts.get("report.integration.col.filedBy"), 1.7),
                Block.Column.of(texts.get("report.integration.col.sha256"), 2.9));
        List<List<Cell>> cells = documents.stream()
            .sorted(Comparator.comparing(IntegrationDocument::uploadedAt).thenComparing(IntegrationDocument::id))
            .map(d -> List.of(Cell.number(d.stepNo(), Integer.toString(d.stepNo())), Cell.text(d.kind()),
                    Cell.text(d.fileName()), Cell.text(d.uploadedByName() + "\n" + time(d.uploadedAt())),
                    Cell.text(d.sha256())))
            .toList();
        return new Block.Table(texts.get("report.integration.table.documents"), columns, cells,
                texts.get("report.integration.sheet.documents"));
    }

    Block.Table datasets(List<DatasetFacts> datasets) {
        List<Block.Column> columns = List.of(Block.Column.of(texts.get("report.integration.col.dataset"), 2.45),
                Block.Column.of(texts.get("report.integration.col.table"), 1.6),
                Block.Column.numeric(texts.get("report.integration.col.rows"), 1.0),
                Block.Column.numeric(texts.get("report.integration.col.accepted"), 0.9),
                Block.Column.numeric(texts.get("report.integration.col.rejected"), 0.9),
                Block.Column.of(texts.get("report.integration.col.lastUpdate"), 1.35),
                Block.Column.of(texts.get("report.integration.col.freshness"), 1.3));
        List<List<Cell>> cells = new ArrayList<>();
        for (DatasetFacts facts : datasets) {
            Dataset d = facts.dataset();
            cells.add(List.of(Cell.text(d.title()), Cell.text(DataTable.SCHEMA + "." + DataTable.name(d.id()).last()),
                    Cell.number(d.rowCount(), texts.number(d.rowCount())),
                    Cell.number(facts.accepted(), texts.number(facts.accepted())), rejectedCell(facts),
                    Cell.text(d.lastLoadAt() == null ? texts.get("report.none") : time(d.lastLoadAt().toInstant())),
                    freshnessCell(facts)));
        }
        return new Block.Table(texts.get("report.integration.table.datasets"), columns, cells,
                texts.get("report.integration.sheet.datasets"));
    }

    private Cell rejectedCell(DatasetFacts facts) {
        long refused = facts.rejected() + facts.failed();
        Cell cell = Cell.number(refused, texts.number(refused));
        return refused > 0 ? cell.withMark(Cell.Mark.ALERT) : cell;
    }

    private Cell freshnessCell(DatasetFacts facts) {
        String text = texts.get("report.integration.freshness." + facts.freshness().name(),
                texts.get("report.integration.frequency." + facts.dataset().updateFrequency().name()));
        return switch (facts.freshness()) {
            case CURRENT -> Cell.text(text);
            case OVERDUE, NO_DATA -> Cell.marked(text, Cell.Mark.ALERT);
            case UNSCHEDULED -> Cell.marked(text, Cell.Mark.MUTED);
        };
    }

    /** Date and time on two lines, so narrow columns do not break the date. */
    String time(@Nullable Instant instant) {
        return instant == null ? texts.get("report.none")
                : texts.shortDateTime(instant.atZone(zone)).replace(' ', '\n');
    }

    static String shortActivity(String activity) {
        if (activity.length() <= SHORT_ACTIVITY) {
            return activity;
        }
        int cut = activity.lastIndexOf(' ', SHORT_ACTIVITY);
        return activity.substring(0, cut > 40 ? cut : SHORT_ACTIVITY).stripTrailing() + "\u2026";
    }

}
