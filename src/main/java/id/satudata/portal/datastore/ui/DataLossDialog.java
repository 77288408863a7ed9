package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import id.satudata.portal.datastore.schema.DataLoss;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists the loaded values a schema change would lose (a dropped column, values that do
 * not convert) with their count and first rows; saving goes on only when confirmed.
 */
class DataLossDialog extends ConfirmDialog {

    private final UnorderedList list = new UnorderedList();

    DataLossDialog(List<DataLoss> losses, Runnable confirmed) {
        setId("schema-loss-dialog");
        setHeader(getTranslation("datastore.schema.loss.title"));
        for (DataLoss loss : losses) {
            list.add(new ListItem(describe(loss)));
        }
        setText(new Div(list));
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
        setConfirmText(getTranslation("datastore.schema.loss.confirm"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(e -> confirmed.run());
    }

    /** The losses as listed. */
    List<String> lossTexts() {
        return list.getChildren().map(item -> ((ListItem) item).getText()).toList();
    }

    private String describe(DataLoss loss) {
        String rows = loss.samples()
            .stream()
            .map(s -> s.row() + " (\"" + s.value() + "\")")
            .collect(Collectors.joining(", "));
        return getTranslation("datastore.schema.loss." + loss.kind(), loss.field(), loss.count(), rows);
    }

}
