package org.iecmhc.lms.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;

/**
 * The dates a record of the Network may carry, wherever they are typed (pages, imports, the API). Dates are read
 * strictly: 2026-02-30 is refused, never moved to the last day of the month. Years lie from {@value #FIRST_YEAR}
 * (older than any program record) to {@value #YEARS_AHEAD} years after this one (the furthest a cohort, course or
 * consultation is planned): a year such as 999999999 could not be shown, sorted or turned into a time zone.
 */
public final class RecordDates {

    public static final int FIRST_YEAR = 2000;
    public static final int YEARS_AHEAD = 10;

    /** {@code 2026-09-01}, also {@code 2026-09-01T09:15}, {@code 2026-09-01 09:15} and with seconds. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private RecordDates() {
    }

    public static int lastYear(Clock clock) {
        return Year.now(clock).getValue() + YEARS_AHEAD;
    }

    public static boolean isWithinRange(int year, Clock clock) {
        return year >= FIRST_YEAR && year <= lastYear(clock);
    }

    /** A date such as 2026-09-01, strictly; throws {@link java.time.format.DateTimeParseException} otherwise. */
    public static LocalDate parseDate(String text) {
        return LocalDate.parse(text.trim(), DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** A date and time such as 2026-09-01T09:15 or 2026-09-01 09:15, strictly. */
    public static LocalDateTime parseDateTime(String text) {
        return LocalDateTime.parse(text.trim(), DATE_TIME);
    }
}
