package id.satudata.portal.api.ckan;

import id.satudata.portal.base.error.NotFoundException;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.catalog.PublicDataset;
import id.satudata.portal.catalog.PublicResource;
import id.satudata.portal.catalog.ResourceKind;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Finds released datasets and resources by the identifiers CKAN clients send: the UUIDs
 * (what harvesters key on) and the forms earlier versions of the API gave out (slug,
 * numeric id, {@code <slug>-api}). Unreleased ones are not found.
 */
@Component
class CkanLookup {

    private static final Pattern UUID_TEXT = Pattern
        .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final PublicCatalog catalog;

    CkanLookup(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    static @Nullable UUID uuid(String id) {
        return UUID_TEXT.matcher(id).matches() ? UUID.fromString(id) : null;
    }

    /** A released dataset by UUID, name (slug) or the numeric id of earlier versions. */
    PublicDataset dataset(String id) {
        try {
            UUID uuid = uuid(id);
            if (uuid != null) {
                return catalog.get(uuid);
            }
            if (id.matches("\\d{1,18}")) {
                return catalog.get(Long.parseLong(id));
            }
            return catalog.get(id);
        }
        catch (NotFoundException e) {
            throw CkanException.typed(HttpStatus.NOT_FOUND, "Not Found Error", "Not found");
        }
    }

    /**
     * A resource by its UUID or by the forms of earlier versions: the dataset's slug (its
     * CSV), {@code <slug>-json}, {@code -xlsx}, {@code -api}.
     */
    PublicResource resource(String id) {
        try {
            UUID uuid = uuid(id);
            if (uuid != null) {
                return catalog.resource(uuid);
            }
            for (ResourceKind kind : List.of(ResourceKind.JSON, ResourceKind.XLSX, ResourceKind.API)) {
                String suffix = "-" + kind.name().toLowerCase(Locale.ROOT);
                if (id.endsWith(suffix)) {
                    return new PublicResource(catalog.get(id.substring(0, id.length() - suffix.length())), kind);
                }
            }
            return new PublicResource(catalog.get(id), ResourceKind.CSV);
        }
        catch (NotFoundException e) {
            throw CkanException.notFound("Resource \"" + id + "\" was not found.");
        }
    }

}
