package id.satudata.portal.datastore.schema;

import id.satudata.portal.base.error.ValidationException;
import java.util.List;

/**
 * A schema change would lose loaded values (a dropped column, values that do not
 * convert): nothing was changed; the team sees the losses and may send the change again
 * accepting exactly them.
 */
public class SchemaChangeNeedsConfirmation extends ValidationException {

    private final transient List<DataLoss> losses;

    SchemaChangeNeedsConfirmation(List<DataLoss> losses) {
        super("fields", "datastore.error.schema.confirmLoss", losses.stream().mapToLong(DataLoss::count).sum());
        this.losses = List.copyOf(losses);
    }

    public List<DataLoss> losses() {
        return losses;
    }

}
