package org.iecmhc.lms.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;

/**
 * The Network works in California: due times are typed and shown in Pacific time (with daylight saving) and
 * stored in UTC like every other time.
 */
public final class PacificTime {

    public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private static final ZoneRules RULES = ZONE.getRules();
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

    /**
     * A time that occurs twice (November's repeated hour) is taken in the earlier offset, one that does not occur
     * (March's skipped hour) as the instant an hour later on the clock: what atZone gives, with one look-up of the
     * rules and no zoned objects (an import converts the time of every call).
     */
    public static LocalDateTime toUtc(LocalDateTime pacific) {
        return pacific == null ? null : pacific.minusSeconds(RULES.getOffset(pacific).getTotalSeconds());
    }

    public static LocalDateTime fromUtc(LocalDateTime utc) {
        return utc == null ? null
                : utc.plusSeconds(RULES.getOffset(utc.toInstant(ZoneOffset.UTC)).getTotalSeconds());
    }

    /** Such as "2026-03-02 17:00 PT". */
    public static String format(LocalDateTime utc) {
        return utc == null ? "" : SHOWN.format(fromUtc(utc)) + " PT";
    }
}
