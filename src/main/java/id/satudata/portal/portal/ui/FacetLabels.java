package id.satudata.portal.portal.ui;

import id.satudata.portal.catalog.Counted;
import id.satudata.portal.catalog.PublicCatalog;
import id.satudata.portal.opd.Opd;
import id.satudata.portal.search.Facet;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Names for facet values: OPD and topic codes become their names; the rest stay. */
@Component
class FacetLabels {

    private final PublicCatalog catalog;

    FacetLabels(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    /** The labels of one page: OPD and topic names read once. */
    BiFunction<Facet, String, String> in(Locale locale) {
        Map<String, String> organisations = catalog.organisations(true)
            .stream()
            .map(Counted::item)
            .collect(Collectors.toMap(Opd::code, Opd::shortName, (a, b) -> a));
        Map<String, String> topics = catalog.topics(true)
            .stream()
            .map(Counted::item)
            .collect(Collectors.toMap(t -> t.code(), t -> t.name(locale), (a, b) -> a));
        Function<Facet, Map<String, String>> names = facet -> switch (facet) {
            case ORGANISATION -> organisations;
            case TOPIC -> topics;
            default -> Map.of();
        };
        return (facet, value) -> names.apply(facet).getOrDefault(value, value);
    }

}
