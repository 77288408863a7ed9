package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A row of headline figures (number over label), each optionally a link. */
class Figures extends Div {

    Figures(String id) {
        setId(id);
        addClassName("dash-figures");
    }

    Figures figure(String id, String label, String value, @Nullable String href, boolean alert) {
        Span number = new Span(value);
        number.addClassName("dash-figure-value");
        Span caption = new Span(label);
        caption.addClassName("dash-figure-label");
        HasComponents box = href == null ? new Div() : new Anchor(href);
        box.add(number, caption);
        ((HasStyle) box).addClassName("dash-figure");
        if (alert) {
            ((HasStyle) box).addClassName("alert");
        }
        ((com.vaadin.flow.component.Component) box).setId(id);
        add((com.vaadin.flow.component.Component) box);
        return this;
    }

}
