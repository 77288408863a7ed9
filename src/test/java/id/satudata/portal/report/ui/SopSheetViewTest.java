package id.satudata.portal.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNav;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.KaribuTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SopSheetViewTest extends KaribuTest {

    @Autowired
    OpdFixtures fixtures;

    @Test
    void staffDownloadTheKaltimSheetAsPdf() throws Exception {
        login(fixtures.staff(Role.TEKNIS));
        UI.getCurrent().navigate("app/sop");
        _assertOne(SopSheetView.class);
        assertThat(_get(SideNav.class).getItems()).extracting(item -> item.getLabel()).contains("Lembar SOP");
        Anchor pdf = _get(Anchor.class, spec -> spec.withId("sop-sheet-KALTIM-pdf"));
        byte[] content = DownloadKt._download(pdf);
        try (PDDocument document = Loader.loadPDF(content)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Lembar SOP")
                .contains("Integrasi dan Pertukaran Data Sistem Informasi");
        }
    }

    @Test
    void everyTemplateOffersPdfDocxAndXlsx() {
        login(fixtures.opdStaff(fixtures.opd("Disdik")));
        UI.getCurrent().navigate("app/sop");
        for (String code : new String[] { "KALTIM", "TRENGGALEK_EKSTERNAL", "TRENGGALEK_INTERNAL" }) {
            for (String extension : new String[] { "pdf", "docx", "xlsx" }) {
                Anchor anchor = _get(Anchor.class, spec -> spec.withId("sop-sheet-" + code + "-" + extension));
                assertThat(anchor.getHref()).isNotBlank();
            }
        }
        byte[] docx = DownloadKt
            ._download(_get(Anchor.class, spec -> spec.withId("sop-sheet-TRENGGALEK_INTERNAL-docx")));
        assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

}
