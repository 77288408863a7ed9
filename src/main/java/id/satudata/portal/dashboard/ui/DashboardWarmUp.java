package id.satudata.portal.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import id.satudata.portal.base.chart.ChartRenderer;
import id.satudata.portal.base.chart.ChartSpec;
import id.satudata.portal.base.chart.ChartType;
import id.satudata.portal.base.format.DisplayFormat;
import id.satudata.portal.ui.Locales;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a start, builds once (in the background, for nobody) the kinds of component the
 * dashboard shows, an ECharts option, the dashboard's texts and number and date formats
 * in every language, so that the first visitor does not pay for loading and first use of
 * those classes. Reads no data and needs no user; what it builds is thrown away.
 * {@code satudata.warm-up=false} leaves it out.
 */
@Component
public class DashboardWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DashboardWarmUp.class);

    private final ChartRenderer renderer;

    private final MessageSource messages;

    private final Clock clock;

    private final boolean enabled;

    private volatile long readyAt;

    private volatile @Nullable Duration finishedAfterReady;

    DashboardWarmUp(ChartRenderer renderer, MessageSource messages, Clock clock,
            @Value("${satudata.warm-up:true}") boolean enabled) {
        this.renderer = renderer;
        this.messages = messages;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        readyAt = System.nanoTime();
        if (enabled) {
            Thread.ofPlatform().daemon().name("dashboard-warm-up").start(this::run);
        }
    }

    void run() {
        long start = System.nanoTime();
        try {
            for (Locale locale : Locales.SUPPORTED) {
                texts(locale);
            }
            components();
            finishedAfterReady = Duration.ofNanos(System.nanoTime() - readyAt);
            log.info("Dashboard warmed up in {} ms, {} ms after the application was ready",
                    (System.nanoTime() - start) / 1_000_000, finishedAfterReady.toMillis());
        }
        catch (RuntimeException e) {
            // the first visit is slower then, nothing else
            log.warn("Dashboard warm-up stopped after {} ms", (System.nanoTime() - start) / 1_000_000, e);
        }
    }

    /**
     * How long after the application was ready the warm-up finished; empty until then.
     */
    public Optional<Duration> finishedAfterReady() {
        return Optional.ofNullable(finishedAfterReady);
    }

    /** How long ago the application was ready. */
    public Duration sinceReady() {
        return Duration.ofNanos(System.nanoTime() - readyAt);
    }

    private void texts(Locale locale) {
        messages.getMessage("dashboard.title.opd", new Object[] { "" }, locale);
        DisplayFormat.integer(1_234_567, locale);
        DisplayFormat.dateTime(OffsetDateTime.now(clock), clock.getZone(), locale);
    }

    private void components() {
        VerticalLayout page = new VerticalLayout();
        TextField search = new TextField();
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        ComboBox<String> chooser = new ComboBox<>();
        chooser.setItems(List.of("a", "b"));
        chooser.setValue("a");
        HorizontalLayout top = new HorizontalLayout(new H2("-"), search, chooser);
        Grid<String> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(String::length).setHeader("-").setComparator(String::length).setSortable(true);
        grid.addColumn(new ComponentRenderer<Span, String>(text -> new Span(text))).setHeader("-");
        grid.setItems(List.of("a", "b"));
        TabSheet tabs = new TabSheet();
        tabs.add("-", renderer
            .render(ChartSpec.of(ChartType.LINE, "-", List.of("2024", "2025"), "-", List.of(1.0, 2.0), "-")));
        tabs.add("-", new Div(new Paragraph("-")));
        page.add(top, new H3("-"), grid, tabs);
        page.removeAll();
    }

}
