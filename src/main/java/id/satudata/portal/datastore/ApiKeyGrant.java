package id.satudata.portal.datastore;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The principal of a request authenticated with an API key (set by the exchange's key
 * filter): the key may load data into one dataset, or into the datasets of one
 * integration, and nothing else.
 */
public record ApiKeyGrant(long keyId, String prefix, long opdId, @Nullable Long datasetId,
        @Nullable Long integrationId) {

    public boolean covers(Dataset dataset) {
        if (datasetId != null) {
            return datasetId == dataset.id();
        }
        return integrationId != null && integrationId.equals(dataset.integrationId());
    }

    /** The key grant of the current request, if it was authenticated with a key. */
    public static Optional<ApiKeyGrant> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ApiKeyGrant grant ? Optional.of(grant)
                : Optional.empty();
    }

    @Override
    public String toString() {
        return "api-key:" + prefix;
    }

}
