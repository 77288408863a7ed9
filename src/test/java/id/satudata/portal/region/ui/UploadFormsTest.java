package id.satudata.portal.region.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import id.satudata.portal.region.BoundaryUpload;
import id.satudata.portal.region.CodeSystem;
import id.satudata.portal.region.RegionLevel;
import id.satudata.portal.test.KaribuTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The administrator's two upload forms on the regions screen, on their own: the line
 * naming the chosen file, the file fired with the save, the error shown, and clearing
 * after a successful save.
 */
class UploadFormsTest extends KaribuTest {

    private static final byte[] GEOJSON = "{\"type\":\"FeatureCollection\",\"features\":[]}"
        .getBytes(StandardCharsets.UTF_8);

    private static final byte[] CSV = "tingkat,kode_kemendagri,nama\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void theBoundaryFormNamesTheChosenFileAndSavesItWithTheFields() {
        List<BoundaryUpload> saved = new ArrayList<>();
        UI.getCurrent().add(new BoundaryUploadForm(1024, saved::add));

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("boundary-file")), "kaltim.geojson",
                "application/geo+json", GEOJSON);
        _click(_get(Button.class, spec -> spec.withId("boundary-save")));

        assertThat(_get(Span.class, spec -> spec.withId("boundary-file-chosen")).getText())
            .isEqualTo("Berkas dipilih: kaltim.geojson (42 bita)");
        assertThat(saved).singleElement().satisfies(upload -> {
            assertThat(upload.level()).isEqualTo(RegionLevel.KABKOTA);
            assertThat(upload.codeSystem()).isEqualTo(CodeSystem.BPS);
            assertThat(upload.codeProperty()).isEqualTo("kode_bps");
            assertThat(upload.fileName()).isEqualTo("kaltim.geojson");
            assertThat(upload.content()).isEqualTo(GEOJSON);
        });
    }

    @Test
    void theImportFormNamesTheChosenFileAndImportsIt() {
        List<String> imported = new ArrayList<>();
        UI.getCurrent()
            .add(new RegionImportForm(1024,
                    (fileName, content) -> imported.add(fileName + ":" + new String(content, StandardCharsets.UTF_8))));

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("region-import-file")), "wilayah.csv", "text/csv", CSV);
        _click(_get(Button.class, spec -> spec.withId("region-import-save")));

        assertThat(_get(Span.class, spec -> spec.withId("region-import-file-chosen")).getText())
            .isEqualTo("Berkas dipilih: wilayah.csv (29 bita)");
        assertThat(imported).containsExactly("wilayah.csv:tingkat,kode_kemendagri,nama\n");
    }

    @ParameterizedTest
    @ValueSource(strings = { "boundary", "region-import" })
    void anErrorShowsAndClearingHidesItAndForgetsTheFile(String ids) {
        List<String> saved = new ArrayList<>();
        FileForm form = form(ids, saved);
        UI.getCurrent().add(form.component());
        _assertNone(Paragraph.class, spec -> spec.withId(ids + "-error"));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId(ids + "-file")), form.fileName(), form.mimeType(),
                form.content());

        form.showError().accept("Berkas tidak terbaca.");
        assertThat(_get(Paragraph.class, spec -> spec.withId(ids + "-error")).getText())
            .isEqualTo("Berkas tidak terbaca.");

        assertThat(javaScriptRunBy(form.clear())).anyMatch(js -> js.contains("this.files = []"));
        _assertNone(Paragraph.class, spec -> spec.withId(ids + "-error"));
        assertThat(_get(Span.class, spec -> spec.withId(ids + "-file-chosen")).getText()).isEmpty();
        _click(_get(Button.class, spec -> spec.withId(ids + "-save")));
        assertThat(saved).containsExactly(":0");
    }

    /** A form as the shared test drives it, with a file it accepts. */
    private record FileForm(Component component, String fileName, String mimeType, byte[] content,
            Consumer<String> showError, Runnable clear) {
    }

    /**
     * The form whose ids start with {@code ids}; what it saves is written as name:bytes.
     */
    private static FileForm form(String ids, List<String> saved) {
        if (ids.equals("boundary")) {
            BoundaryUploadForm form = new BoundaryUploadForm(1024,
                    upload -> saved.add(upload.fileName() + ":" + upload.content().length));
            return new FileForm(form, "kaltim.geojson", "application/geo+json", GEOJSON, form::showError, form::clear);
        }
        RegionImportForm form = new RegionImportForm(1024,
                (fileName, content) -> saved.add(fileName + ":" + content.length));
        return new FileForm(form, "wilayah.csv", "text/csv", CSV, form::showError, form::clear);
    }

    /**
     * The JavaScript an action sends to the browser (here: the upload emptying its list
     * of files, which the server cannot otherwise see).
     */
    private static List<String> javaScriptRunBy(Runnable action) {
        pendingJavaScript();
        action.run();
        return pendingJavaScript();
    }

    private static List<String> pendingJavaScript() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals()
            .dumpPendingJavaScriptInvocations()
            .stream()
            .map(js -> js.getInvocation().getExpression())
            .toList();
    }

}
