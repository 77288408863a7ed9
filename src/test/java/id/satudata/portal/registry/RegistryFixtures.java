package id.satudata.portal.registry;

import id.satudata.portal.opd.Opd;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import id.satudata.portal.sop.Outcome;
import id.satudata.portal.sop.SopService;
import id.satudata.portal.sop.SopStep;
import id.satudata.portal.test.SignedIn;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test data for the registry: an OPD with a user for every role, and integrations moved
 * along by the right people. Restores the test's own sign-in after each call.
 */
@Component
public class RegistryFixtures {

    /** An OPD, its staff member, and one user for every staff role. */
    public record Cast(Opd opd, PortalUser opdUser, PortalUser admin, PortalUser teknis, PortalUser pengawas,
            PortalUser kadis) {

        /** A user who may complete the step in its own role. */
        public PortalUser completerOf(SopStep step) {
            return switch (step.completerRoles().getFirst()) {
                case OPD -> opdUser;
                case ADMINISTRATOR -> admin;
                case TEKNIS -> teknis;
                case PENGAWAS -> pengawas;
                case KEPALA_DINAS -> kadis;
            };
        }
    }

    private final OpdFixtures opds;

    private final RegistryService registry;

    private final IntegrationWorkflow workflow;

    private final SopService sop;

    RegistryFixtures(OpdFixtures opds, RegistryService registry, IntegrationWorkflow workflow, SopService sop) {
        this.opds = opds;
        this.registry = registry;
        this.workflow = workflow;
        this.sop = sop;
    }

    public Cast cast(String opdShortName) {
        Opd opd = opds.opd(opdShortName);
        return new Cast(opd, opds.opdStaff(opd), opds.staff(Role.ADMINISTRATOR), opds.staff(Role.TEKNIS),
                opds.staff(Role.PENGAWAS), opds.staff(Role.KEPALA_DINAS));
    }

    public static UploadedDocument pdf(String fileName) {
        return new UploadedDocument(fileName, "application/pdf", SimplePdf.of(fileName, List.of("Dokumen uji")));
    }

    public static NewIntegration requestOf(Cast cast, String templateCode) {
        return new NewIntegration("Integrasi data kunjungan e-Puskesmas " + cast.opd().shortName(), cast.opd().id(),
                "e-Puskesmas", "Data kunjungan pasien per puskesmas per bulan, 2020-2025.", templateCode);
    }

    /** A new integration requested by the OPD's staff member now. */
    public Integration request(Cast cast, String templateCode) {
        return as(cast.opdUser(), () -> registry.create(requestOf(cast, templateCode), List.of()));
    }

    /** A new integration requested by the OPD's staff member at a given time. */
    public Integration requestAt(Cast cast, String templateCode, Instant at) {
        return workflow.create(cast.opdUser().toCaller(), at, requestOf(cast, templateCode), List.of());
    }

    /**
     * Completes the current step as its own completer, with the output document when the
     * step needs one.
     */
    public Integration advance(Cast cast, long integrationId, Outcome outcome, String note) {
        Integration integration = as(cast.admin(), () -> registry.get(integrationId));
        SopStep step = sop.template(integration.templateCode()).step(Objects.requireNonNull(integration.currentStep()));
        List<UploadedDocument> documents = StepMachine.requiresDocument(step, outcome)
                ? List.of(pdf("langkah-" + step.number() + ".pdf")) : List.of();
        return as(cast.completerOf(step),
                () -> registry.complete(integrationId, integration.version(), outcome, note, documents));
    }

    /**
     * Completes steps (decisions answered yes) until the integration stands at the target
     * step.
     */
    public Integration advanceTo(Cast cast, long integrationId, int targetStep) {
        Integration integration = as(cast.admin(), () -> registry.get(integrationId));
        while (!Objects.equals(integration.currentStep(), targetStep)) {
            SopStep step = sop.template(integration.templateCode())
                .step(Objects.requireNonNull(integration.currentStep()));
            integration = advance(cast, integrationId, step.isDecision() ? Outcome.YES : Outcome.DONE, null);
        }
        return integration;
    }

    /** Runs as the user, then restores whoever was signed in. */
    public static <T> T as(PortalUser user, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SignedIn.as(user);
            return action.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

}
