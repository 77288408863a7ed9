package id.satudata.portal.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.report.periodic.ReportPeriod;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.KaribuTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PeriodicReportViewTest extends KaribuTest {

    @Autowired
    OpdFixtures opds;

    @Autowired
    Clock clock;

    @Test
    void staffPickAMonthAndGetThreeDownloads() {
        login(opds.staff(Role.PENGAWAS));
        UI.getCurrent().navigate(PeriodicReportView.class);
        PeriodicReportView view = _get(PeriodicReportView.class);
        assertThat(view.period().kind()).isEqualTo(ReportPeriod.Kind.QUARTER);

        @SuppressWarnings("unchecked")
        Select<ReportPeriod.Kind> kind = _get(Select.class, spec -> spec.withId("period-kind"));
        kind.setValue(ReportPeriod.Kind.MONTH);

        LocalDate today = LocalDate.now(clock);
        assertThat(view.period()).isEqualTo(ReportPeriod.month(today.getYear(), today.getMonthValue()));
        kind.setValue(ReportPeriod.Kind.QUARTER);
        assertThat(view.period()).isEqualTo(ReportPeriod.quarter(today.getYear(), (today.getMonthValue() + 2) / 3));
        _assertOne(Anchor.class, spec -> spec.withId("periodic-report-pdf"));
        _assertOne(Anchor.class, spec -> spec.withId("periodic-report-docx"));
        _assertOne(Anchor.class, spec -> spec.withId("periodic-report-xlsx"));
    }

}
