package id.satudata.portal.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The search field of the public pages: typing suggests dataset titles and words
 * (autocomplete); Enter or the button opens the search page with the text.
 */
class SearchBox extends Div {

    static final int SUGGESTIONS = 8;

    final ComboBox<String> field = new ComboBox<>();

    /**
     * @param suggestions words or titles starting with a prefix, at most the given number
     */
    SearchBox(String initial, BiFunction<String, Integer, List<String>> suggestions) {
        addClassName("search-box");
        field.setId("search-field");
        field.setAriaLabel(getTranslation("portal.search.label"));
        field.setPlaceholder(getTranslation("portal.search.placeholder"));
        field.setAllowCustomValue(true);
        field.setAutoOpen(true);
        field.setClearButtonVisible(true);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setItems(query -> {
            String prefix = query.getFilter().orElse("").strip();
            int limit = Math.min(query.getLimit(), SUGGESTIONS);
            List<String> found = prefix.length() < 2 || query.getOffset() >= SUGGESTIONS ? List.of()
                    : suggestions.apply(prefix, limit);
            return found.stream().skip(Math.min(query.getOffset(), found.size()));
        });
        if (!initial.isBlank()) {
            field.setValue(initial);
        }
        field.addCustomValueSetListener(e -> go(e.getDetail()));
        field.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(e.getValue());
            }
        });
        Button button = new Button(getTranslation("portal.search.button"), e -> go(text()));
        button.setId("search-button");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(field, button);
    }

    private String text() {
        String value = field.getValue();
        return value == null ? "" : value;
    }

    private void go(String text) {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, SearchView.forText(text.strip())));
    }

}
