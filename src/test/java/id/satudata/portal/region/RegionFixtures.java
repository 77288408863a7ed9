package id.satudata.portal.region;

import static id.satudata.portal.jooq.Tables.BOUNDARY_FEATURE;
import static id.satudata.portal.jooq.Tables.BOUNDARY_SET;

import id.satudata.portal.opd.OpdFixtures;
import id.satudata.portal.security.PortalUser;
import id.satudata.portal.security.Role;
import id.satudata.portal.test.SharedFiles;
import id.satudata.portal.test.SignedIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test data for regions and boundaries: the shared boundary files uploaded by an
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
                "kaltim-kabkota.geojson", shared("geo/kaltim-kabkota.geojson")));
    }

    /** The 14 Trenggalek kecamatan, read by kode_kemendagri. */
    public BoundarySet trenggalekKecamatan() {
        return uploadAsAdministrator(new BoundaryUpload(RegionLevel.KECAMATAN, CodeSystem.KEMENDAGRI, "kode_kemendagri",
                "trenggalek-kecamatan.geojson", shared("geo/trenggalek-kecamatan.geojson")));
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

    public static byte[] shared(String path) {
        try {
            return Files.readAllBytes(SharedFiles.path(path));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Kaltim kab/kota file as a tree, for tests that break one thing in it. */
    public static ObjectNode kaltimTree() {
        return (ObjectNode) JSON.readTree(shared("geo/kaltim-kabkota.geojson"));
    }

    public static byte[] bytes(ObjectNode tree) {
        return JSON.writeValueAsBytes(tree);
    }

}
