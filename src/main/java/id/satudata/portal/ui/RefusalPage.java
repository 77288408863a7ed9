package id.satudata.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page the back office shows instead of one the user may not open or that does not
 * exist: inside the layout, in the user's language, naming nothing of what was asked for
 * (the internal reason goes to the log only).
 */
abstract class RefusalPage extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(RefusalPage.class);

    private final String titleKey;

    private final String textKey;

    RefusalPage(String id, String titleKey, String textKey) {
        this.titleKey = titleKey;
        this.textKey = textKey;
        setId(id);
        setMaxWidth("40rem");
        addClassName("refusal-page");
    }

    /** Draws the page and logs why, returning the HTTP status to answer with. */
    int show(BeforeEnterEvent event, Exception reason, int status) {
        log.info("Refused {} for the signed-in user ({}): {}", event.getLocation().getPath(),
                reason.getClass().getSimpleName(), reason.getMessage());
        removeAll();
        Icon icon = (status == 404 ? VaadinIcon.SEARCH_MINUS : VaadinIcon.BAN).create();
        icon.addClassNames("text-secondary");
        icon.setSize("3rem");
        H2 title = new H2(getTranslation(titleKey));
        title.setId(getId().orElseThrow() + "-title");
        Paragraph text = new Paragraph(getTranslation(textKey));
        text.setId(getId().orElseThrow() + "-text");
        Anchor home = new Anchor(BackOfficeLayout.PATH, getTranslation("refusal.home"));
        home.setId(getId().orElseThrow() + "-home");
        add(icon, title, text, home);
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }

}
