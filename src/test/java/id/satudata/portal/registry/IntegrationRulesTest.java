package id.satudata.portal.registry;

import static id.satudata.portal.registry.RegistryFixtures.as;
import static id.satudata.portal.registry.RegistryFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ConflictException;
import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.test.PortalTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input gets a clear error and changes nothing. */
@PortalTest
class IntegrationRulesTest {

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    RegistryService registry;

    @Autowired
    IntegrationRepository integrations;

    /**
     * Asserts that the call fails with the message key and leaves the integration as it
     * was.
     */
    private void assertRejectedUnchanged(RegistryFixtures.Cast cast, long id, ThrowingCallable call,
            Class<? extends Throwable> type, String messageKey) {
        Integration before = as(cast.admin(), () -> registry.get(id));
        int events = as(cast.admin(), () -> registry.events(id)).size();
        int documents = as(cast.admin(), () -> registry.documents(id)).size();
        assertThatThrownBy(call).isInstanceOf(type).hasMessageContaining(messageKey);
        assertThat(as(cast.admin(), () -> registry.get(id))).isEqualTo(before);
        assertThat(as(cast.admin(), () -> registry.events(id))).hasSize(events);
        assertThat(as(cast.admin(), () -> registry.documents(id))).hasSize(documents);
    }

    @Test
    void aUserWithoutTheStepsRoleCannotCompleteIt() {
        RegistryFixtures.Cast cast = fixtures.cast("Dinsos");
        Integration integration = fixtures.request(cast, "KALTIM");
        // step 1 is the administrator's disposition; the technical team may not do it
        assertRejectedUnchanged(cast, integration.id(), () -> as(cast.teknis(),
                () -> registry.complete(integration.id(), 0, Outcome.DONE, null, List.of(pdf("disposisi.pdf")))),
                ValidationException.class, "registry.error.role");
    }

    @Test
    void anAdministratorMayCompleteAnyStepOnBehalfOfItsRoleAndIsRecordedSo() {
        RegistryFixtures.Cast cast = fixtures.cast("Dispar");
        long id = fixtures.request(cast, "KALTIM").id();
        fixtures.advanceTo(cast, id, 4);
        Integration before = as(cast.admin(), () -> registry.get(id));
        as(cast.admin(), () -> registry.complete(id, before.version(), Outcome.DONE, "Atas nama tim teknis",
                List.of(pdf("rumusan.pdf"))));
        IntegrationEvent last = as(cast.admin(), () -> registry.events(id)).getLast();
        assertThat(last.actedAs()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(last.onBehalf()).isTrue();
        assertThat(last.actorUserId()).isEqualTo(cast.admin().id());
        assertThat(last.actorName()).isEqualTo(cast.admin().fullName());
        assertThat(last.fromStep()).isEqualTo(4);
    }

    @Test
    void anOutcomeTheCurrentStepDoesNotHaveIsRejected() {
        RegistryFixtures.Cast cast = fixtures.cast("Dispora");
        Integration integration = fixtures.request(cast, "KALTIM");
        assertRejectedUnchanged(cast, integration.id(),
                () -> as(cast.admin(),
                        () -> registry.complete(integration.id(), 0, Outcome.YES, null, List.of(pdf("disposisi.pdf")))),
                ValidationException.class, "error.sop.outcome.invalid");
    }

    @Test
    void noWithoutAReasonIsRejected() {
        RegistryFixtures.Cast cast = fixtures.cast("DPK");
        long id = fixtures.request(cast, "KALTIM").id();
        Integration atThree = fixtures.advanceTo(cast, id, 3);
        assertRejectedUnchanged(cast, id,
                () -> as(cast.teknis(), () -> registry.complete(id, atThree.version(), Outcome.NO, "  ", List.of())),
                ValidationException.class, "registry.error.reasonRequired");
    }

    @Test
    void aStepThatNeedsItsOutputDocumentCannotBeCompletedWithoutIt() {
        RegistryFixtures.Cast cast = fixtures.cast("DKP");
        Integration integration = fixtures.request(cast, "KALTIM");
        assertRejectedUnchanged(cast, integration.id(),
                () -> as(cast.admin(), () -> registry.complete(integration.id(), 0, Outcome.DONE, null, List.of())),
                ValidationException.class, "registry.error.documentRequired");
    }

    @Test
    void anOversizedDocumentIsRejected() {
        RegistryFixtures.Cast cast = fixtures.cast("Disbun");
        Integration integration = fixtures.request(cast, "KALTIM");
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertRejectedUnchanged(cast, integration.id(),
                () -> as(cast.admin(),
                        () -> registry.complete(integration.id(), 0, Outcome.DONE, null,
                                List.of(new UploadedDocument("besar.txt", null, huge)))),
                ValidationException.class, "registry.error.document.tooLarge");
    }

    @Test
    void aDisallowedFileIsRejectedWhateverItDeclares() {
        RegistryFixtures.Cast cast = fixtures.cast("Dishut");
        Integration integration = fixtures.request(cast, "KALTIM");
        UploadedDocument program = new UploadedDocument("disposisi.pdf", "application/pdf",
                new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 });
        assertRejectedUnchanged(cast, integration.id(),
                () -> as(cast.admin(),
                        () -> registry.complete(integration.id(), 0, Outcome.DONE, null, List.of(program))),
                ValidationException.class, "registry.error.document.typeNotAllowed");
    }

    @Test
    void actingOnAnOutdatedVersionIsAConflict() {
        RegistryFixtures.Cast cast = fixtures.cast("DPKH");
        long id = fixtures.request(cast, "KALTIM").id();
        fixtures.advanceTo(cast, id, 2);
        assertRejectedUnchanged(cast, id,
                () -> as(cast.opdUser(),
                        () -> registry.complete(id, 0, Outcome.DONE, null, List.of(pdf("struktur.pdf")))),
                ConflictException.class, "registry.error.conflict");
    }

    @Test
    void twoUsersCompletingTheSameStepAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        RegistryFixtures.Cast cast = fixtures.cast("DESDM");
        long id = fixtures.request(cast, "KALTIM").id();
        fixtures.advanceTo(cast, id, 9);
        int version = as(cast.admin(), () -> registry.get(id)).version();
        // step 9 may be completed by the OPD and by the technical team
        List<PortalUser> users = List.of(cast.opdUser(), cast.teknis());
        CyclicBarrier start = new CyclicBarrier(users.size());
        List<Object> results = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (PortalUser user : users) {
                futures.add(pool.submit(() -> {
                    try {
                        start.await();
                        results.add(as(user, () -> registry.complete(id, version, Outcome.DONE, null,
                                List.of(pdf("laporan-validasi-" + user.username() + ".pdf")))));
                    }
                    catch (Exception e) {
                        results.add(e);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        finally {
            pool.shutdown();
        }
        assertThat(results).hasSize(2);
        assertThat(results).filteredOn(Integration.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(ConflictException.class::isInstance)
            .singleElement()
            .satisfies(e -> assertThat(((ConflictException) e).messageKey()).isEqualTo("registry.error.conflict"));
        Integration after = as(cast.admin(), () -> registry.get(id));
        assertThat(after.version()).isEqualTo(version + 1);
        assertThat(after.currentStep()).isEqualTo(10);
        assertThat(as(cast.admin(), () -> registry.events(id))).filteredOn(e -> Integer.valueOf(9).equals(e.fromStep()))
            .hasSize(1);
        assertThat(as(cast.admin(), () -> registry.documents(id))).filteredOn(d -> d.stepNo() == 9).hasSize(1);
    }

    @Test
    void theRowUpdateItselfRefusesAStaleVersion() {
        RegistryFixtures.Cast cast = fixtures.cast("BKD");
        Integration integration = fixtures.request(cast, "KALTIM");
        assertThat(integrations.update(integration.id(), integration.version() + 5, IntegrationState.of(integration)))
            .isFalse();
    }

    @Test
    void aFinishedIntegrationHasNoStepLeft() {
        RegistryFixtures.Cast cast = fixtures.cast("Setwan");
        long id = fixtures.request(cast, "TRENGGALEK_INTERNAL").id();
        fixtures.advanceTo(cast, id, 9);
        Integration done = fixtures.advance(cast, id, Outcome.DONE, null);
        assertThat(done.isFinished()).isTrue();
        assertRejectedUnchanged(cast, id,
                () -> as(cast.admin(),
                        () -> registry.complete(id, done.version(), Outcome.DONE, null, List.of(pdf("lagi.pdf")))),
                ValidationException.class, "registry.error.finished");
    }

    @Test
    void aRequestWithATooShortTitleIsRejected() {
        RegistryFixtures.Cast cast = fixtures.cast("Brida");
        NewIntegration bad = new NewIntegration("Data", cast.opd().id(), "SIMPEG", "Data pegawai per golongan.",
                "KALTIM");
        assertThatThrownBy(() -> as(cast.opdUser(), () -> registry.create(bad, List.of())))
            .isInstanceOf(ValidationException.class)
            .hasMessageContaining("registry.error.title.length");
        assertThat(as(cast.opdUser(), () -> registry.integrationsOf(cast.opd().id()))).isEmpty();
    }

    @Test
    void aNoteIsANewEventAndMovesNothing() {
        RegistryFixtures.Cast cast = fixtures.cast("Kesbangpol");
        Integration integration = fixtures.request(cast, "KALTIM");
        Integration noted = as(cast.opdUser(),
                () -> registry.addNote(integration.id(), 0,
                        "Lampiran surat permohonan diganti dengan versi bertanda tangan.",
                        List.of(pdf("surat-permohonan.pdf"))));
        assertThat(noted.currentStep()).isEqualTo(1);
        assertThat(noted.version()).isEqualTo(1);
        IntegrationEvent note = as(cast.admin(), () -> registry.events(integration.id())).getLast();
        assertThat(note.kind()).isEqualTo(EventKind.NOTE);
        assertThat(note.note()).startsWith("Lampiran surat");
        assertThat(as(cast.admin(), () -> registry.documents(integration.id()))).singleElement()
            .satisfies(d -> assertThat(d.eventId()).isEqualTo(note.id()));
    }

}
