package id.satudata.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import id.satudata.portal.datastore.Dataset;
import id.satudata.portal.datastore.DatastoreFixtures;
import id.satudata.portal.datastore.Visibility;
import id.satudata.portal.test.KaribuTest;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UploadGuardTest extends KaribuTest {

    static final long LIMIT = 200L * 1024 * 1024;

    @Autowired
    DatastoreFixtures fixtures;

    @Test
    void theDataUploadRefusesFilesOverTheLoadLimitInTheBrowserWithATranslatedMessage() {
        Dataset dataset = fixtures.dataset(fixtures.opd(), Visibility.INTERNAL);
        login(fixtures.teknis());
        UI.getCurrent().setLocale(Locale.forLanguageTag("id"));
        UI.getCurrent().navigate("app/dataset/" + dataset.id());
        selectTab("tab-upload");

        Upload upload = _get(Upload.class, spec -> spec.withId("data-upload"));
        // satudata.datastore.max-payload-bytes: 2 GB, as much as the browser allows
        assertThat(upload.getMaxFileSize()).isEqualTo(Integer.MAX_VALUE);
        assertThat(upload.getI18n().getError().getFileIsTooBig())
            .isEqualTo("Berkas terlalu besar (paling besar 2.048 MB).");
    }

    @Test
    void theServerRejectsABodyOverTheLimitWithoutReadingIt() throws Exception {
        UI.getCurrent().setLocale(Locale.forLanguageTag("id"));
        Upload upload = new Upload();
        UI.getCurrent().add(upload);
        AtomicBoolean read = new AtomicBoolean();
        var guarded = UploadGuard.limit(LIMIT, event -> read.set(true));

        UploadEvent tooLarge = event(upload, LIMIT + 1);
        guarded.handleUploadRequest(tooLarge);
        assertThat(tooLarge.isRejected()).isTrue();
        assertThat(tooLarge.getRejectionMessage()).isEqualTo("Berkas terlalu besar (paling besar 200 MB).");
        assertThat(read).isFalse();

        UploadEvent fits = event(upload, LIMIT);
        guarded.handleUploadRequest(fits);
        assertThat(fits.isRejected()).isFalse();
        assertThat(read).isTrue();
    }

    private static UploadEvent event(Upload upload, long size) {
        return new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), VaadinSession.getCurrent(),
                "besar.csv", size, "text/csv", upload.getElement(), null);
    }

}
