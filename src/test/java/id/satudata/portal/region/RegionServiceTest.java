package id.satudata.portal.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.PortalTest;
import id.satudata.portal.test.ProjectFiles;
import id.satudata.portal.test.SignedIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The region reference table: seeded codes, resolution by code, the CSV import. */
@PortalTest
class RegionServiceTest {

    @Autowired
    RegionService regions;

    @Autowired
    RegionFixtures fixtures;

    @Autowired
    OpdFixtures opds;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theReferenceTableHoldsWhatTheSharedMaterialStates() {
        assertThat(regions.count(RegionQuery.of(RegionLevel.PROVINSI))).isEqualTo(38);
        assertThat(regions.count(new RegionQuery(RegionLevel.KABKOTA, "64."))).isEqualTo(10);
        assertThat(regions.count(new RegionQuery(RegionLevel.KABKOTA, "Kota Bandung"))).isEqualTo(1);
        assertThat(regions.count(new RegionQuery(RegionLevel.KECAMATAN, "35.03."))).isEqualTo(14);
        Region kotaBandung = regions.resolve("3273", CodeSystem.BPS).orElseThrow();
        assertThat(kotaBandung.kodeKemendagri()).as("no shared file states it").isNull();
        assertThat(regions.resolve("35.03.11", CodeSystem.KEMENDAGRI).orElseThrow().kodeBps()).isNull();
    }

    @Test
    void kemendagriAndBpsCodesOfKaltimNameDifferentRegions() {
        assertThat(regions.resolve("64.02", CodeSystem.KEMENDAGRI).orElseThrow().name())
            .isEqualTo("Kabupaten Kutai Kartanegara");
        assertThat(regions.resolve("6403", CodeSystem.BPS).orElseThrow().name())
            .isEqualTo("Kabupaten Kutai Kartanegara");
        assertThat(regions.resolve("6402", CodeSystem.BPS).orElseThrow().name()).isEqualTo("Kabupaten Kutai Barat");
        assertThat(regions.resolve(6403.0, CodeSystem.BPS).orElseThrow().kodeKemendagri()).isEqualTo("64.02");
        assertThat(regions.resolve("Kutai Kartanegara", CodeSystem.BPS)).isEmpty();
    }

    @Test
    void floatWrittenCodesAreDetectedAsBpsKabKota() {
        List<String> column = ProjectFiles.utf8(ProjectFiles.test("idm_desa_kode_float.csv"))
            .lines()
            .skip(1)
            .map(line -> line.split(",")[2])
            .toList();
        RegionColumn detected = regions.detect(column).orElseThrow();
        assertThat(detected.level()).isEqualTo(RegionLevel.KABKOTA);
        assertThat(detected.system()).isEqualTo(CodeSystem.BPS);
        assertThat(detected.resolved()).isEqualTo(5);
        assertThat(detected.coverage()).isEqualTo(1.0);
    }

    @Test
    void dottedCodesAreDetectedAsKemendagri() {
        RegionColumn detected = regions.detect(List.of("35.03.01", "35.03.11", "35.03.14", "")).orElseThrow();
        assertThat(detected.system()).isEqualTo(CodeSystem.KEMENDAGRI);
        assertThat(detected.level()).isEqualTo(RegionLevel.KECAMATAN);
        assertThat(regions.detect(List.of("Samarinda", "Balikpapan"))).isEmpty();
    }

    @Test
    void anAdministratorImportsKecamatanUnderTheirKabupatenFromACsv() {
        SignedIn.as(fixtures.administrator());
        String csv = "tingkat;kode_kemendagri;kode_bps;nama\r\n" + "KECAMATAN;32.01.02;3201190.0;GUNUNG PUTRI\r\n"
                + "kecamatan;\"32.01.03\";;Cibinong\r\n";
        RegionImportResult result = regions.importCsv("bogor.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.added()).isEqualTo(2);
        Region gunungPutri = regions.resolve("3201190", CodeSystem.BPS).orElseThrow();
        assertThat(gunungPutri.kodeKemendagri()).isEqualTo("32.01.02");
        assertThat(gunungPutri.parentId()).isEqualTo(regions.resolve("3201", CodeSystem.BPS).orElseThrow().id());
        RegionImportResult again = regions.importCsv("bogor.csv",
                ("tingkat,kode_kemendagri,kode_bps,nama\n" + "KECAMATAN,32.01.02,3201190,GUNUNG PUTRI\n"
                        + "KECAMATAN,32.01.03,3201200,Cibinong\n")
                    .getBytes(StandardCharsets.UTF_8));
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(regions.resolve("3201200", CodeSystem.BPS).orElseThrow().name()).isEqualTo("Cibinong");
    }

    @Test
    void aRowWhoseParentIsUnknownRefusesTheWholeFile() {
        SignedIn.as(fixtures.administrator());
        String csv = "tingkat,kode_kemendagri,kode_bps,nama\n" + "KECAMATAN,64.02.01,,Samboja\n"
                + "KECAMATAN,64.99.01,,Nowhere\n";
        assertThatThrownBy(() -> regions.importCsv("x.csv", csv.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("region.import.error.parentUnknown");
                assertThat(e.arguments()).containsExactly(3, "64.99");
            });
        assertThat(regions.resolve("64.02.01", CodeSystem.KEMENDAGRI)).isEmpty();
    }

    @Test
    void codesOfTwoDifferentRegionsOnOneRowAreRefused() {
        SignedIn.as(fixtures.administrator());
        String csv = "tingkat,kode_kemendagri,kode_bps,nama\nKABKOTA,64.02,6402,Kutai Kartanegara\n";
        assertThatThrownBy(() -> regions.importCsv("x.csv", csv.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("region.import.error.codesDisagree"));
        assertThat(regions.resolve("6402", CodeSystem.BPS).orElseThrow().name()).isEqualTo("Kabupaten Kutai Barat");
    }

    @Test
    void aCodeOfTheWrongLevelOrAMissingHeaderIsRefused() {
        SignedIn.as(fixtures.administrator());
        assertThatThrownBy(() -> regions.importCsv("x.csv",
                "tingkat,kode_bps,nama\nKECAMATAN,6403,Salah\n".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("region.import.error.code"));
        assertThatThrownBy(() -> regions.importCsv("x.csv", "kode,nama\n6403,Salah\n".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("region.import.error.header"));
    }

    @Test
    void onlyAnAdministratorMayImport() {
        SignedIn.as(opds.staff(Role.PENGAWAS));
        assertThatThrownBy(() -> regions.importCsv("x.csv",
                "tingkat,kode_bps,nama\nKECAMATAN,6403010,Samboja\n".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(AccessDeniedException.class);
    }

}
