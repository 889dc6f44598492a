package org.iecmhc.lms.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
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
        String trimmed = text.trim();
        LocalDateTime common = commonDateTime(trimmed);
        return common != null ? common : LocalDateTime.parse(trimmed, DATE_TIME);
    }

    /**
     * The forms files and forms send, {@code 2026-09-01T09:15} or with a space and optionally seconds, read by hand:
     * an import reads one per line, and the formatter takes several times as long. Null for anything else, and for
     * a date or time that does not exist, which the formatter then reads or refuses as it always did.
     */
    private static LocalDateTime commonDateTime(String text) {
        int length = text.length();
        if (length != 16 && length != 19 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' && text.charAt(10) != ' ' || text.charAt(13) != ':'
                || length == 19 && text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = length == 19 ? digits(text, 17, 2) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The number the ASCII digits at {@code start} make, or -1 when any is not one. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}
