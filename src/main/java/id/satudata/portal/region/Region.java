package id.satudata.portal.region;

import org.jspecify.annotations.Nullable;

/**
 * A region of the reference table with its Kemendagri and BPS codes (either may be
 * unknown, not both) and the region it lies in.
 */
public record Region(long id, RegionLevel level, @Nullable String kodeKemendagri, @Nullable String kodeBps, String name,
        @Nullable Long parentId) {

    public Region {
        if (kodeKemendagri == null && kodeBps == null) {
            throw new IllegalArgumentException("A region needs at least one code: " + name);
        }
    }

    /** Its code in the given system, or null when that code is not known. */
    public @Nullable String code(CodeSystem system) {
        return system == CodeSystem.BPS ? kodeBps : kodeKemendagri;
    }

    /** Its code in the given system, falling back to the other one when unknown. */
    public String codeOrOther(CodeSystem system) {
        String code = code(system);
        if (code != null) {
            return code;
        }
        return java.util.Objects.requireNonNull(system == CodeSystem.BPS ? kodeKemendagri : kodeBps);
    }

}
