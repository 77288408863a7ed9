package id.satudata.portal.datastore.ui;

import com.vaadin.flow.component.Component;
import id.satudata.portal.base.error.PortalException;
import id.satudata.portal.datastore.schema.FieldType;
import java.util.Arrays;

/** A schema change's refusal in the user's language, field types named in words too. */
final class SchemaMessages {

    private SchemaMessages() {
    }

    static String of(Component component, PortalException error) {
        Object[] arguments = Arrays.stream(error.arguments())
            .map(argument -> argument instanceof FieldType type ? component.getTranslation("datastore.type." + type)
                    : argument)
            .toArray();
        return component.getTranslation(error.messageKey(), arguments);
    }

}
