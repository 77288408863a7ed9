package id.satudata.portal.catalog;

import java.util.Optional;
import java.util.UUID;

/**
 * The stable UUIDs of a dataset's four resources, generated once with the dataset.
 */
public record ResourceIds(UUID csv, UUID json, UUID xlsx, UUID api) {

    public UUID of(ResourceKind kind) {
        return switch (kind) {
            case CSV -> csv;
            case JSON -> json;
            case XLSX -> xlsx;
            case API -> api;
        };
    }

    /** Which of these resources the UUID names, if any. */
    public Optional<ResourceKind> kindOf(UUID id) {
        for (ResourceKind kind : ResourceKind.values()) {
            if (of(kind).equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

}
