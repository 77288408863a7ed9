package id.satudata.portal.sop;

/**
 * A time standard ("waktu" in the SOP's mutu baku) as a range with a unit: "1-3 hari" is
 * (1, 3, DAY). The upper bound is the one a step is held to.
 */
public record TimeStandard(int min, int max, DurationUnit unit) {

    public TimeStandard {
        if (min <= 0 || max < min) {
            throw new IllegalArgumentException("Invalid time standard " + min + "-" + max + " " + unit);
        }
    }

    public boolean isRange() {
        return max != min;
    }

    /** Indonesian form as written in the SOPs, for example "1-3 hari". */
    public String toIndonesian() {
        String amount = isRange() ? min + "-" + max : String.valueOf(min);
        return amount + " " + switch (unit) {
            case MINUTE -> "menit";
            case HOUR -> "jam";
            case DAY -> "hari";
            case WEEK -> "minggu";
            case MONTH -> "bulan";
        };
    }

    /**
     * Parses the SOP's own notation ("15 menit", "1 Jam", "1-2 hari", "3(tiga) sampai
     * 4(empat) bulan" is not accepted).
     */
    public static TimeStandard parse(String text) {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Not a time standard: " + text);
        }
        String[] range = parts[0].split("-");
        int min = Integer.parseInt(range[0]);
        int max = range.length > 1 ? Integer.parseInt(range[1]) : min;
        DurationUnit unit = switch (parts[1]) {
            case "menit" -> DurationUnit.MINUTE;
            case "jam" -> DurationUnit.HOUR;
            case "hari" -> DurationUnit.DAY;
            case "minggu" -> DurationUnit.WEEK;
            case "bulan" -> DurationUnit.MONTH;
            default -> throw new IllegalArgumentException("Unknown unit in time standard: " + text);
        };
        return new TimeStandard(min, max, unit);
    }
}
