package id.satudata.portal.report.periodic;

import id.satudata.portal.base.error.ValidationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A reporting period: a month (number 1-12), a quarter (1-4) or a year (number 1).
 *
 * @param number the month or quarter within the year; 1 for a year
 */
public record ReportPeriod(Kind kind, int year, int number) {

    /** The length of a period. */
    public enum Kind {

        MONTH(12), QUARTER(4), YEAR(1);

        private final int perYear;

        Kind(int perYear) {
            this.perYear = perYear;
        }

        public int perYear() {
            return perYear;
        }

    }

    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2100;

    public ReportPeriod {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ValidationException("year", "report.periodic.error.year", FIRST_YEAR, LAST_YEAR);
        }
        if (number < 1 || number > kind.perYear()) {
            throw new ValidationException("number", "report.periodic.error.number", kind.perYear());
        }
    }

    public static ReportPeriod month(int year, int month) {
        return new ReportPeriod(Kind.MONTH, year, month);
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return new ReportPeriod(Kind.QUARTER, year, quarter);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, year, 1);
    }

    /** The first day of the period. */
    public LocalDate firstDay() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The first day after the period. */
    public LocalDate endExclusive() {
        return switch (kind) {
            case MONTH -> firstDay().plusMonths(1);
            case QUARTER -> firstDay().plusMonths(3);
            case YEAR -> firstDay().plusYears(1);
        };
    }

    public ZonedDateTime start(ZoneId zone) {
        return firstDay().atStartOfDay(zone);
    }

    public ZonedDateTime end(ZoneId zone) {
        return endExclusive().atStartOfDay(zone);
    }

    /** A short name for file names, "2026-q2", "2026-03", "2026". */
    public String slug() {
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, number);
            case QUARTER -> "%d-q%d".formatted(year, number);
            case YEAR -> Integer.toString(year);
        };
    }

}
