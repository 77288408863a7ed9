package id.satudata.portal.registry;

import static id.satudata.portal.registry.RegistryFixtures.as;
import static id.satudata.portal.registry.RegistryFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.security.Role;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SignedIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** OPD staff see and act on their own OPD's integrations only; staff see all. */
@PortalTest
class RegistryAccessTest {

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    RegistryService registry;

    @Test
    void opdUserCannotSeeAnotherOpdsIntegration() {
        RegistryFixtures.Cast own = fixtures.cast("Disnaker");
        RegistryFixtures.Cast other = fixtures.cast("Disperkim");
        Integration theirs = fixtures.request(other, "KALTIM");
        assertThatThrownBy(() -> as(own.opdUser(), () -> registry.detail(theirs.id())))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(own.opdUser(), () -> registry.integrationsOf(other.opd().id())))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void opdUserCannotActOnAnotherOpdsIntegrationEvenOnAnOpdStep() {
        RegistryFixtures.Cast own = fixtures.cast("Satpol");
        RegistryFixtures.Cast other = fixtures.cast("DPMPD");
        long id = fixtures.request(other, "KALTIM").id();
        Integration atTwo = fixtures.advanceTo(other, id, 2);
        assertThatThrownBy(() -> as(own.opdUser(),
                () -> registry.complete(id, atTwo.version(), Outcome.DONE, null, List.of(pdf("struktur.pdf")))))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(as(other.admin(), () -> registry.get(id)).version()).isEqualTo(atTwo.version());
    }

    @Test
    void opdUserCannotRequestForAnotherOpd() {
        RegistryFixtures.Cast own = fixtures.cast("Dispar");
        RegistryFixtures.Cast other = fixtures.cast("Dinkes");
        assertThatThrownBy(
                () -> as(own.opdUser(), () -> registry.create(RegistryFixtures.requestOf(other, "KALTIM"), List.of())))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffMayRequestOnAnOpdsBehalf() {
        RegistryFixtures.Cast cast = fixtures.cast("DPTPH");
        Integration integration = as(cast.pengawas(), () -> registry.create(RegistryFixtures.requestOf(cast, "KALTIM"),
                List.of(pdf("surat-permohonan.pdf"))));
        IntegrationEvent created = as(cast.admin(), () -> registry.events(integration.id())).getFirst();
        assertThat(created.actedAs()).isEqualTo(Role.PENGAWAS);
        assertThat(created.onBehalf()).isTrue();
        assertThat(as(cast.opdUser(), () -> registry.documents(integration.id()))).singleElement()
            .satisfies(d -> assertThat(d.kind()).isEqualTo(IntegrationWorkflow.REQUEST_DOCUMENT));
    }

    @Test
    void opdUsersListShowsTheirOwnOpdOnlyAndStaffSeeAll() {
        RegistryFixtures.Cast first = fixtures.cast("Diskop");
        RegistryFixtures.Cast second = fixtures.cast("DPMPTSP");
        fixtures.request(first, "KALTIM");
        fixtures.request(second, "KALTIM");
        List<Integration> seenByFirst = as(first.opdUser(),
                () -> registry.list(IntegrationFilter.all(), IntegrationSort.newestFirst(), 0, 500));
        assertThat(seenByFirst).isNotEmpty().allSatisfy(i -> assertThat(i.opdId()).isEqualTo(first.opd().id()));
        assertThatThrownBy(() -> as(first.opdUser(), () -> registry
            .list(IntegrationFilter.all().withOpd(second.opd().id()), IntegrationSort.newestFirst(), 0, 50)))
            .isInstanceOf(AccessDeniedException.class);
        List<Integration> seenByStaff = as(first.kadis(),
                () -> registry.list(IntegrationFilter.all(), IntegrationSort.newestFirst(), 0, 500));
        assertThat(seenByStaff).extracting(Integration::opdId).contains(first.opd().id(), second.opd().id());
    }

    @Test
    void documentsDownloadOnlyForThoseWhoMaySeeTheIntegration() throws Exception {
        RegistryFixtures.Cast own = fixtures.cast("RSUD");
        RegistryFixtures.Cast other = fixtures.cast("RSJD");
        UploadedDocument letter = pdf("surat-permohonan.pdf");
        Integration integration = as(own.opdUser(),
                () -> registry.create(RegistryFixtures.requestOf(own, "KALTIM"), List.of(letter)));
        IntegrationDocument document = as(own.opdUser(), () -> registry.documents(integration.id())).getFirst();
        assertThat(document.sha256()).isEqualTo(DocumentInspector.sha256(letter.content()));
        try (var content = as(own.opdUser(), () -> registry.openDocument(document.id())).stream()) {
            assertThat(content.readAllBytes()).isEqualTo(letter.content());
        }
        assertThatThrownBy(() -> as(other.opdUser(), () -> registry.openDocument(document.id())))
            .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersSeeNothing() {
        SignedIn.nobody();
        assertThatThrownBy(() -> registry.list(IntegrationFilter.all(), IntegrationSort.newestFirst(), 0, 10))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registry.overdueSteps()).isInstanceOf(AccessDeniedException.class);
    }

}
