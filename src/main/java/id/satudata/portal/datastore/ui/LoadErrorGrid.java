package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.grid.Grid;
import id.satudata.portal.datastore.ingest.LoadReport;

/**
 * The first errors of a refused load: row, column, kind and reason in the user's
 * language.
 */
class LoadErrorGrid extends Grid<LoadReport.Error> {

    LoadErrorGrid() {
        addColumn(LoadReport.Error::row).setHeader(getTranslation("datastore.error.row")).setWidth("6em");
        addColumn(e -> e.column() == null ? "" : e.column()).setHeader(getTranslation("datastore.error.column"));
        addColumn(e -> getTranslation(e.kind().messageKey())).setHeader(getTranslation("datastore.error.kind"));
        addColumn(this::reason).setHeader(getTranslation("datastore.error.reason")).setFlexGrow(3);
        setVisible(false);
        setAllRowsVisible(true);
    }

    /**
     * The reason in the user's language (reports stored before reasons had codes: as
     * stored).
     */
    String reason(LoadReport.Error error) {
        return error.code() == null ? error.reason()
                : getTranslation(error.code().messageKey(), error.params().toArray());
    }

}
