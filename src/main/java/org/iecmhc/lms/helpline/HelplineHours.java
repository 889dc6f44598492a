package org.iecmhc.lms.helpline;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** The helpline answers Monday to Friday, 8 a.m. to 5 p.m. Pacific time; calls outside are allowed but flagged. */
public final class HelplineHours {

    public static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final LocalTime OPENS = LocalTime.of(8, 0);
    private static final LocalTime CLOSES = LocalTime.of(17, 0);

    private HelplineHours() {
    }

    /** Whether a call received at this UTC time came outside helpline hours. */
    public static boolean isOutside(LocalDateTime receivedAtUtc) {
        ZonedDateTime pacific = receivedAtUtc.atZone(ZoneOffset.UTC).withZoneSameInstant(PACIFIC);
        DayOfWeek day = pacific.getDayOfWeek();
        LocalTime time = pacific.toLocalTime();
        boolean weekday = day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
        return !(weekday && !time.isBefore(OPENS) && time.isBefore(CLOSES));
    }

    public static LocalDateTime pacificToUtc(LocalDateTime pacific) {
        return pacific.atZone(PACIFIC).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    public static LocalDateTime utcToPacific(LocalDateTime utc) {
        return utc.atZone(ZoneOffset.UTC).withZoneSameInstant(PACIFIC).toLocalDateTime();
    }
}
