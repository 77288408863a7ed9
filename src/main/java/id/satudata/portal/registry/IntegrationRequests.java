package id.satudata.portal.registry;

import id.satudata.portal.base.error.ValidationException;
import org.jspecify.annotations.Nullable;

/** The rules a new integration request must meet (the same as the table's checks). */
final class IntegrationRequests {

    static final int TITLE_MIN = 5;

    static final int TITLE_MAX = 200;

    static final int APPLICATION_MIN = 2;

    static final int APPLICATION_MAX = 200;

    static final int DESCRIPTION_MIN = 10;

    static final int DESCRIPTION_MAX = 4000;

    private IntegrationRequests() {
    }

    /**
     * The request with its texts trimmed; a ValidationException naming the first bad
     * field.
     */
    static NewIntegration validated(NewIntegration request) {
        String title = checked("title", request.title(), TITLE_MIN, TITLE_MAX);
        String application = checked("applicationName", request.applicationName(), APPLICATION_MIN, APPLICATION_MAX);
        String description = checked("dataDescription", request.dataDescription(), DESCRIPTION_MIN, DESCRIPTION_MAX);
        if (request.templateCode() == null || request.templateCode().isBlank()) {
            throw new ValidationException("templateCode", "registry.error.templateRequired");
        }
        return new NewIntegration(title, request.opdId(), application, description, request.templateCode());
    }

    private static String checked(String field, @Nullable String value, int min, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() < min || text.length() > max) {
            throw new ValidationException(field, "registry.error." + field + ".length", min, max);
        }
        return text;
    }

}
