package org.iecmhc.lms.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The Network works in California: due times are typed and shown in Pacific time (with daylight saving) and
 * stored in UTC like every other time.
 */
public final class PacificTime {

    public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PacificTime() {
    }

    /** The date in California now: the day every date a person types or reads is counted in. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Now as times are stored, whatever zone the clock was given. */
    public static LocalDateTime nowUtc(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** When the California day begins, as times are stored: a range of days ends where the day after it begins. */
    public static LocalDateTime startOfDayUtc(LocalDate day) {
        return toUtc(day.atStartOfDay());
    }

    public static LocalDateTime toUtc(LocalDateTime pacific) {
        return pacific == null ? null
                : pacific.atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    public static LocalDateTime fromUtc(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE).toLocalDateTime();
    }

    /** Such as "2026-03-02 17:00 PT". */
    public static String format(LocalDateTime utc) {
        return utc == null ? "" : SHOWN.format(fromUtc(utc)) + " PT";
    }
}
