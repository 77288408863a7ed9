package id.satudata.portal.region;

import id.satudata.portal.jooq.tables.records.RegionRecord;

/**
 * A row of the region table as a {@link Region}, for the repositories that read it
 * (regions and their boundary shapes).
 */
final class RegionRows {

    private RegionRows() {
    }

    static Region region(RegionRecord r) {
        return new Region(r.getId(), RegionLevel.valueOf(r.getLevel()), r.getKodeKemendagri(), r.getKodeBps(),
                r.getName(), r.getParentId());
    }

}
