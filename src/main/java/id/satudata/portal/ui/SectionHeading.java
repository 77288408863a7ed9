package id.satudata.portal.ui;

import com.vaadin.flow.component.html.H3;

/**
 * The heading of a section inside a back-office tab: smaller than the page's, spaced
 * above.
 */
public class SectionHeading extends H3 {

    public SectionHeading(String text) {
        super(text);
        addClassNames("text-l", "m-0", "mt-m");
    }

}
