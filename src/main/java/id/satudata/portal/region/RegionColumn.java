package id.satudata.portal.region;

/**
 * What a column of codes holds, as far as the region table can tell: the level and code
 * system under which most of its distinct values are known regions.
 *
 * @param resolved distinct values that name a known region
 * @param distinct distinct non-blank values looked at
 */
public record RegionColumn(RegionLevel level, CodeSystem system, int resolved, int distinct) {

    /** Share of the distinct values that are known regions, 0 to 1. */
    public double coverage() {
        return distinct == 0 ? 0 : (double) resolved / distinct;
    }

}
