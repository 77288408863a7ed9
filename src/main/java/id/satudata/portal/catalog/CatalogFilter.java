package id.satudata.portal.catalog;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A condition on released datasets, as a tree: all of, any of, not, a field's value, or a
 * time range. Built by the open API from CKAN's {@code fq} and DCAT's
 * {@code modified_since}; {@link PublicCatalog#search} answers it in one query.
 */
public sealed interface CatalogFilter {

    /** Every dataset. */
    static CatalogFilter everything() {
        return new All(List.of());
    }

    /** All parts hold (none: everything). */
    record All(List<CatalogFilter> parts) implements CatalogFilter {

        public All {
            parts = List.copyOf(parts);
        }

    }

    /** At least one part holds. */
    record Any(List<CatalogFilter> parts) implements CatalogFilter {

        public Any {
            parts = List.copyOf(parts);
        }

    }

    record Not(CatalogFilter part) implements CatalogFilter {
    }

    /** The field has this value ({@code *}: any value). */
    record Term(CatalogField field, String value) implements CatalogFilter {
    }

    /** A time field within bounds; a null bound is open. */
    record Range(CatalogField field, @Nullable OffsetDateTime from, boolean fromInclusive, @Nullable OffsetDateTime to,
            boolean toInclusive) implements CatalogFilter {
    }

}
