package id.satudata.portal.exchange.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.exchange.PullAttempt;
import id.satudata.portal.exchange.PullFailure;
import java.time.ZoneId;

/** The tries of one connector, newest first: when, how it ended, and why it failed. */
class AttemptGrid extends Grid<PullAttempt> {

    AttemptGrid(ZoneId zone) {
        setId("exchange-attempts");
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(PullAttempt::attempt).setHeader(getTranslation("exchange.connectors.attempt"))
            .setTextAlign(ColumnTextAlign.END)
            .setAutoWidth(true)
            .setFlexGrow(0);
        addColumn(a -> DisplayFormat.dateTime(a.startedAt(), zone, getLocale()))
            .setHeader(getTranslation("exchange.connectors.started"))
            .setAutoWidth(true);
        addColumn(a -> getTranslation("exchange.connectors.status." + a.status()))
            .setHeader(getTranslation("exchange.connectors.status"))
            .setAutoWidth(true);
        addColumn(a -> a.httpStatus() == null ? "" : a.httpStatus().toString())
            .setHeader(getTranslation("exchange.connectors.http"))
            .setAutoWidth(true);
        addColumn(this::reason).setHeader(getTranslation("exchange.connectors.error")).setFlexGrow(1);
        addColumn(a -> getTranslation("exchange.connectors.durationMs", a.durationMs()))
            .setHeader(getTranslation("exchange.connectors.duration"))
            .setTextAlign(ColumnTextAlign.END)
            .setAutoWidth(true);
    }

    /**
     * Why the attempt failed, in the user's language (attempts stored before reasons had
     * codes: as stored).
     */
    String reason(PullAttempt attempt) {
        PullAttempt.Reason reason = attempt.reason();
        if (reason == null) {
            return attempt.error() == null ? "" : attempt.error();
        }
        Object[] params = reason.params().toArray();
        if (reason.code() == PullFailure.ROWS_REFUSED) {
            params[0] = Long.parseLong(reason.params().get(0));
            if (reason.firstError() != null) {
                params[1] = getTranslation(reason.firstError().messageKey(), reason.firstErrorParams().toArray());
            }
        }
        return getTranslation(reason.code().messageKey(), params);
    }

}
