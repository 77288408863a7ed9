package id.satudata.portal.region;

/**
 * A GeoJSON FeatureCollection of one region level as an administrator uploads it, with
 * the code system and the feature property its codes are read from.
 */
public record BoundaryUpload(RegionLevel level, CodeSystem codeSystem, String codeProperty, String fileName,
        byte[] content) {

    /** The property the shared boundary files name for a code system. */
    public static String defaultCodeProperty(CodeSystem system) {
        return system == CodeSystem.BPS ? "kode_bps" : "kode_kemendagri";
    }

}
