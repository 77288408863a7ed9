package id.satudata.portal.region;

import static id.satudata.portal.jooq.Tables.BOUNDARY_FEATURE;
import static id.satudata.portal.jooq.Tables.BOUNDARY_SET;

import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.SignedIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test data for regions and boundaries: the project's own boundary files uploaded by an
 * administrator, and levels cleared of boundaries.
 */
@Component
public class RegionFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BoundaryService boundaries;

    private final OpdFixtures opds;

    private final DSLContext db;

    RegionFixtures(BoundaryService boundaries, OpdFixtures opds, DSLContext db) {
        this.boundaries = boundaries;
        this.opds = opds;
        this.db = db;
    }

    public PortalUser administrator() {
        return opds.staff(Role.ADMINISTRATOR);
    }

    /** Kalimantan Timur's 10 kab/kota, read by kode_bps, as the current kab/kota set. */
    public BoundarySet kaltimKabKota() {
        return uploadAsAdministrator(new BoundaryUpload(RegionLevel.KABKOTA, CodeSystem.BPS, "kode_bps",
                "kaltim-kabkota-skematis.geojson", kaltimFile()));
    }

    /** The 14 Trenggalek kecamatan, read by kode_kemendagri. */
    public BoundarySet trenggalekKecamatan() {
        return uploadAsAdministrator(new BoundaryUpload(RegionLevel.KECAMATAN, CodeSystem.KEMENDAGRI, "kode_kemendagri",
                "trenggalek-kecamatan-skematis.geojson", trenggalekFile()));
    }

    /**
     * Uploads as a fresh administrator and leaves the caller signed in as before
     * (nobody).
     */
    public BoundarySet uploadAsAdministrator(BoundaryUpload upload) {
        SignedIn.as(administrator());
        try {
            return boundaries.upload(upload);
        }
        finally {
            SignedIn.nobody();
        }
    }

    /** Removes every boundary set of a level, so it has none. */
    @Transactional
    public void removeBoundaries(RegionLevel level) {
        db.deleteFrom(BOUNDARY_FEATURE)
            .where(BOUNDARY_FEATURE.SET_ID
                .in(db.select(BOUNDARY_SET.ID).from(BOUNDARY_SET).where(BOUNDARY_SET.LEVEL.eq(level.name()))))
            .execute();
        db.deleteFrom(BOUNDARY_SET).where(BOUNDARY_SET.LEVEL.eq(level.name())).execute();
    }

    /**
     * The project's own schematic shapes of Kalimantan Timur's 10 kab/kota (the demo's),
     * each with kode_bps and kode_kemendagri.
     */
    public static byte[] kaltimFile() {
        return ownFile("kaltim-kabkota-skematis.geojson");
    }

    /**
     * The project's own schematic shapes of the 14 Trenggalek kecamatan
     * (kode_kemendagri).
     */
    public static byte[] trenggalekFile() {
        return ownFile("trenggalek-kecamatan-skematis.geojson");
    }

    private static byte[] ownFile(String name) {
        try {
            return RegionDemoData.ownFile(name);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Kaltim kab/kota file as a tree, for tests that break one thing in it. */
    public static ObjectNode kaltimTree() {
        return (ObjectNode) JSON.readTree(kaltimFile());
    }

    public static byte[] bytes(ObjectNode tree) {
        return JSON.writeValueAsBytes(tree);
    }

}
