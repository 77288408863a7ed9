package id.satudata.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import id.satudata.portal.base.error.ValidationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form's fields by the names a service's {@link ValidationException} gives, so the form
 * marks the field an error names with the error's text.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public <C extends Component & HasValidation> void add(String name, C field) {
        fields.put(name, field);
    }

    /** Marks the field the error names; false when it names none of these fields. */
    public boolean show(ValidationException error) {
        clear();
        HasValidation field = fields.get(error.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(((Component) field).getTranslation(error.messageKey(), error.arguments()));
        field.setInvalid(true);
        return true;
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public Collection<HasValidation> fields() {
        return fields.values();
    }

}
