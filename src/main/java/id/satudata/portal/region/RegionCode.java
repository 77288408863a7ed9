package id.satudata.portal.region;

/**
 * A region code in its canonical form (BPS digits, Kemendagri dotted) together with its
 * code system and the level its shape implies.
 */
public record RegionCode(CodeSystem system, RegionLevel level, String value) {

    public RegionCode {
        if (RegionCodes.levelOf(system, value) != level) {
            throw new IllegalArgumentException("Not a canonical " + system + " " + level + " code: " + value);
        }
    }

    /**
     * The code of the region one level up: a prefix of this code. A province has none.
     */
    public RegionCode parent() {
        RegionLevel up = level.parent();
        if (up == null) {
            throw new IllegalStateException("A province has no parent: " + value);
        }
        String prefix = switch (system) {
            case KEMENDAGRI -> value.substring(0, value.lastIndexOf('.'));
            case BPS -> value.substring(0, RegionCodes.bpsLength(up));
        };
        return new RegionCode(system, up, prefix);
    }

    @Override
    public String toString() {
        return value;
    }
}
