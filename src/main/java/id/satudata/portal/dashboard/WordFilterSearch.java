package id.satudata.portal.dashboard;

import id.satudata.portal.registry.Integration;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The simple {@link OpdSearch}: every word (accents and case ignored) must occur in the
 * entry's title, description or code. Used for integrations (not in the search index).
 */
class WordFilterSearch implements OpdSearch {

    @Override
    public Matches find(OpdDashboard dashboard, String words) {
        List<String> terms = Arrays.stream(fold(words).split("\\s+")).filter(w -> !w.isBlank()).toList();
        if (terms.isEmpty()) {
            return new Matches(dashboard.datasets(), dashboard.integrations());
        }
        return new Matches(dashboard.datasets().stream().filter(d -> matches(terms, text(d))).toList(),
                dashboard.integrations().stream().filter(i -> matches(terms, text(i.integration()))).toList());
    }

    private static String text(DatasetEntry entry) {
        return fold(entry.dataset().title() + " " + entry.dataset().description() + " " + entry.dataset().slug());
    }

    private static String text(Integration integration) {
        return fold(integration.code() + " " + integration.title() + " " + integration.applicationName() + " "
                + integration.dataDescription());
    }

    private static boolean matches(List<String> terms, String text) {
        return terms.stream().allMatch(text::contains);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

}
