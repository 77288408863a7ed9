package id.satudata.portal.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a catalogue search: the filter, the order (the dataset's UUID always breaks
 * ties, so pages never overlap or skip while nothing changes), and optionally the
 * datasets a text search found, best first ({@link CatalogField} SCORE order).
 *
 * @param ranked ids of the datasets matching the words, best first; null: no words
 */
public record CatalogSearch(CatalogFilter filter, List<Order> order, @Nullable List<Long> ranked, int offset,
        int limit) {

    public CatalogSearch {
        order = List.copyOf(order);
        ranked = ranked == null ? null : List.copyOf(ranked);
    }

    /** One sort key; {@code field} null means the text search's rank. */
    public record Order(@Nullable CatalogField field, boolean descending) {

        public static Order score() {
            return new Order(null, false);
        }

    }

}
