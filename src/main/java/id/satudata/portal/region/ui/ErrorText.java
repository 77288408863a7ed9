package id.satudata.portal.region.ui;

import com.vaadin.flow.component.Component;
import id.satudata.portal.base.error.PortalException;
import id.satudata.portal.region.CodeSystem;
import id.satudata.portal.region.RegionLevel;
import java.util.Arrays;

/**
 * A service's validation message in the user's language, with level and code-system
 * arguments translated too.
 */
final class ErrorText {

    private ErrorText() {
    }

    static String of(Component component, PortalException error) {
        Object[] arguments = Arrays.stream(error.arguments()).map(argument -> switch (argument) {
            case RegionLevel level -> component.getTranslation("region.level." + level.name());
            case CodeSystem system -> component.getTranslation("region.system." + system.name());
            default -> argument;
        }).toArray();
        return component.getTranslation(error.messageKey(), arguments);
    }

}
