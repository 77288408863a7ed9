package id.satudata.portal.region;

import org.jspecify.annotations.Nullable;

/** Administrative levels, from the province down to the village. */
public enum RegionLevel {

    PROVINSI, KABKOTA, KECAMATAN, DESA;

    /** The level above, or null for a province. */
    public @Nullable RegionLevel parent() {
        return this == PROVINSI ? null : values()[ordinal() - 1];
    }

}
