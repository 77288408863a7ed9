package id.satudata.portal.sop;

import static id.satudata.portal.security.Role.ADMINISTRATOR;
import static id.satudata.portal.security.Role.KEPALA_DINAS;
import static id.satudata.portal.security.Role.OPD;
import static id.satudata.portal.security.Role.PENGAWAS;
import static id.satudata.portal.security.Role.TEKNIS;
import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.portal.security.Role;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.SharedFiles;
import id.satudata.portal.test.SharedMaterial;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every seeded step of the three templates against the SOP texts in shared/sop: activity,
 * inputs (kelengkapan), time standard and output appear in that order as the step's row
 * of the SOP table, and the actors and "no" branches follow the reading in
 * docs/architecture.md.
 */
@PortalTest
class SopTemplatesMatchSopTextsTest {

    @Autowired
    SopService sop;

    @Test
    @SharedMaterial
    void kaltimStepsAreTheRowsOfTheKaltimTable() throws IOException {
        String text = normalized(Files.readString(SharedFiles.path("sop/kaltim-sop-integrasi-pertukaran-data.txt")));
        String table = text.substring(text.indexOf("DIAGRAM ALIR"));
        SopTemplate kaltim = sop.template("KALTIM");
        assertThat(kaltim.steps()).hasSize(12);
        for (SopStep step : kaltim.steps()) {
            assertThat(rowPattern(step.number() + ".", step).matcher(table).find())
                .as("Kaltim step %d as in the SOP table", step.number())
                .isTrue();
        }
        assertThat(kaltim.overall()).isEqualTo(new TimeStandard(3, 4, DurationUnit.MONTH));
        assertThat(text).contains("selama 3(tiga) sampai 4(empat) bulan");
    }

    @Test
    @SharedMaterial
    void trenggalekStepsAreTheRowsOfTheirTables() throws IOException {
        String text = Files.readString(SharedFiles.path("sop/trenggalek-sop-integrasi-sistem-informasi.txt"));
        int internalStart = text.indexOf("INTEGRASI SISTEM INFORMASI DARI INTERNAL");
        Map<String, String> tables = Map.of("TRENGGALEK_EKSTERNAL", normalized(text.substring(0, internalStart)),
                "TRENGGALEK_INTERNAL", normalized(text.substring(internalStart)));
        assertThat(sop.template("TRENGGALEK_EKSTERNAL").steps()).hasSize(10);
        assertThat(sop.template("TRENGGALEK_INTERNAL").steps()).hasSize(9);
        tables.forEach((code, table) -> {
            for (SopStep step : sop.template(code).steps()) {
                assertThat(rowPattern(String.valueOf(step.number()), step).matcher(table).find())
                    .as("%s step %d as in the SOP table", code, step.number())
                    .isTrue();
            }
        });
    }

    @Test
    void actorsFollowTheArchitectureReading() {
        assertThat(actors("KALTIM")).containsExactly(List.of(OPD, ADMINISTRATOR), List.of(OPD), List.of(TEKNIS, OPD),
                List.of(TEKNIS, OPD), List.of(TEKNIS), List.of(TEKNIS), List.of(PENGAWAS), List.of(OPD),
                List.of(OPD, TEKNIS), List.of(PENGAWAS), List.of(ADMINISTRATOR, OPD), List.of(ADMINISTRATOR));
        assertThat(actors("TRENGGALEK_EKSTERNAL")).containsExactly(List.of(OPD), List.of(KEPALA_DINAS),
                List.of(ADMINISTRATOR), List.of(TEKNIS, OPD), List.of(ADMINISTRATOR), List.of(ADMINISTRATOR),
                List.of(TEKNIS), List.of(TEKNIS, OPD), List.of(TEKNIS), List.of(PENGAWAS));
        assertThat(actors("TRENGGALEK_INTERNAL")).containsExactly(List.of(OPD), List.of(KEPALA_DINAS),
                List.of(ADMINISTRATOR), List.of(TEKNIS, OPD), List.of(ADMINISTRATOR), List.of(TEKNIS), List.of(TEKNIS),
                List.of(TEKNIS), List.of(PENGAWAS));
        assertThat(sop.template("KALTIM").step(11).completerRoles()).containsExactly(OPD);
    }

    @Test
    void decisionStepsBranchAsTheSopsSay() {
        SopTemplate kaltim = sop.template("KALTIM");
        assertThat(decisionSteps(kaltim)).containsExactly(3, 11);
        assertThat(kaltim.requireTransition(3, Outcome.NO))
            .isEqualTo(new Transition(3, Outcome.NO, 2, IntegrationStatus.RETURNED));
        assertThat(kaltim.requireTransition(11, Outcome.NO))
            .isEqualTo(new Transition(11, Outcome.NO, 3, IntegrationStatus.RETURNED));
        assertThat(kaltim.requireTransition(11, Outcome.YES))
            .isEqualTo(new Transition(11, Outcome.YES, 12, IntegrationStatus.VALIDATED));
        assertThat(kaltim.requireTransition(12, Outcome.DONE).endsIntegration()).isTrue();

        SopTemplate external = sop.template("TRENGGALEK_EKSTERNAL");
        assertThat(decisionSteps(external)).containsExactly(5, 8);
        assertThat(external.requireTransition(5, Outcome.NO).toStep()).isEqualTo(4);
        assertThat(external.requireTransition(8, Outcome.NO).toStep()).isEqualTo(7);
        SopTemplate internal = sop.template("TRENGGALEK_INTERNAL");
        assertThat(decisionSteps(internal)).containsExactly(7);
        assertThat(internal.requireTransition(7, Outcome.NO).toStep()).isEqualTo(6);
    }

    @Test
    void everyStepHasItsOutcomesAndKaltimIsTheDefault() {
        for (SopTemplate template : sop.templates()) {
            for (SopStep step : template.steps()) {
                assertThat(template.outcomesOf(step.number())).as("%s step %d", template.code(), step.number())
                    .isEqualTo(step.isDecision() ? List.of(Outcome.YES, Outcome.NO) : List.of(Outcome.DONE));
            }
        }
        assertThat(sop.defaultTemplate().code()).isEqualTo("KALTIM");
    }

    /**
     * "n activity inputs time output" with free whitespace; the time unit's case as the
     * SOP writes it.
     */
    private static Pattern rowPattern(String number, SopStep step) {
        String time = step.timeStandard().toIndonesian();
        return Pattern.compile(Pattern.quote(number + " " + step.activity() + " " + step.inputs() + " ") + "(?i:"
                + Pattern.quote(time) + ")" + Pattern.quote(" " + step.outputDocument()));
    }

    private List<List<Role>> actors(String template) {
        return sop.template(template).steps().stream().map(SopStep::actorRoles).toList();
    }

    private static List<Integer> decisionSteps(SopTemplate template) {
        return template.steps().stream().filter(SopStep::isDecision).map(SopStep::number).toList();
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }

}
