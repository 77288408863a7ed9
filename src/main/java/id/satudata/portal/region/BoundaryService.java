package id.satudata.portal.region;

import id.satudata.portal.base.error.ValidationException;
import id.satudata.portal.security.Caller;
import id.satudata.portal.security.CurrentCaller;
import id.satudata.portal.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boundaries of the region levels: an administrator uploads a GeoJSON FeatureCollection
 * per level, checked in full before anything is stored (see {@link BoundaryFile}; every
 * code must be a known region of that level); it becomes the level's current set and the
 * previous one is kept as replaced. Boundaries are public data: anyone may read them.
 */
@Service
public class BoundaryService {

    private static final int SHOWN_UNKNOWN = 10;

    private final BoundaryRepository boundaries;

    private final RegionRepository regions;

    private final CurrentCaller caller;

    private final Clock clock;

    private final RegionProperties properties;

    BoundaryService(BoundaryRepository boundaries, RegionRepository regions, CurrentCaller caller, Clock clock,
            RegionProperties properties) {
        this.boundaries = boundaries;
        this.regions = regions;
        this.caller = caller;
        this.clock = clock;
        this.properties = properties;
    }

    /** Checks and stores a boundary file as the current set of its level. */
    @Transactional
    public BoundarySet upload(BoundaryUpload upload) {
        Caller who = caller.get();
        who.requireAnyRole(Role.ADMINISTRATOR);
        return store(upload, who.userId(), who.name());
    }

    /**
     * The same checks and storage for the demo data, which runs before anyone signs in.
     */
    @Transactional
    BoundarySet uploadForDemo(BoundaryUpload upload) {
        return store(upload, null, "demo");
    }

    /** Whether the current user may upload boundaries (the view shows the form then). */
    public boolean canUpload() {
        return caller.get().has(Role.ADMINISTRATOR);
    }

    @Transactional(readOnly = true)
    public Optional<BoundarySet> current(RegionLevel level) {
        return boundaries.current(level);
    }

    /** The current set of every level that has one. */
    @Transactional(readOnly = true)
    public List<BoundarySet> currentSets() {
        return boundaries.currentSets();
    }

    /** Every set ever uploaded, newest first, replaced ones included (staff only). */
    @Transactional(readOnly = true)
    public List<BoundarySet> history() {
        caller.get().requireAnyRole(Role.STAFF.toArray(Role[]::new));
        return boundaries.all();
    }

    /** The regions the current set of a level has shapes for. */
    @Transactional(readOnly = true)
    public List<Region> regionsWithShapes(RegionLevel level) {
        return boundaries.current(level).map(set -> boundaries.regionsOf(set.id())).orElse(List.of());
    }

    private BoundarySet store(BoundaryUpload upload, @Nullable Long userId, String userName) {
        BoundaryFile.Parsed parsed = BoundaryFile.parse(upload, properties.maxBoundarySize().toBytes());
        Map<String, Region> known = regions.findByCodes(upload.level(), upload.codeSystem(),
                parsed.features().stream().map(f -> f.code().value()).toList());
        rejectUnknown(upload, parsed, known);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boundaries.replaceCurrent(upload.level(), now, userName);
        long setId = boundaries.insertSet(new BoundaryRepository.NewSet(upload.level(), upload.codeSystem(),
                upload.codeProperty(), fileName(upload), new String(upload.content(), StandardCharsets.UTF_8),
                upload.content().length, sha256(upload.content()), parsed.features().size(), userId, userName, now));
        int decimals = DisplayGeometry
            .decimalsFor(Math.max(parsed.maxLon() - parsed.minLon(), parsed.maxLat() - parsed.minLat()));
        for (BoundaryFile.Feature feature : parsed.features()) {
            Region region = known.get(feature.code().value());
            boundaries.insertFeature(setId, region.id(), feature.codeInFile(), feature.geometryType(),
                    DisplayGeometry.toJson(feature.geometryType(), feature.geometry().path("coordinates"), decimals));
        }
        return boundaries.current(upload.level()).orElseThrow();
    }

    private static void rejectUnknown(BoundaryUpload upload, BoundaryFile.Parsed parsed, Map<String, Region> known) {
        StringJoiner shown = new StringJoiner(", ");
        int unknown = 0;
        for (BoundaryFile.Feature feature : parsed.features()) {
            if (!known.containsKey(feature.code().value()) && unknown++ < SHOWN_UNKNOWN) {
                shown.add(feature.codeInFile());
            }
        }
        if (unknown > 0) {
            throw new ValidationException("file", "region.boundary.error.unknownCodes", unknown,
                    parsed.features().size(), upload.codeSystem(), upload.level(),
                    unknown > SHOWN_UNKNOWN ? shown + ", …" : shown.toString());
        }
    }

    private static String fileName(BoundaryUpload upload) {
        String name = upload.fileName().strip();
        return name.isEmpty() ? "-" : name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

}
