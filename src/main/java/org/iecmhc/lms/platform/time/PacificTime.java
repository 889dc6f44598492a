package org.iecmhc.lms.platform.time;

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
