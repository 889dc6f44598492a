package org.iecmhc.lms.helpline;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.iecmhc.lms.platform.time.CaliforniaHolidays;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * The helpline answers Monday to Friday, 8 a.m. to 5 p.m. Pacific time, except on California state holidays; calls
 * outside are allowed but flagged.
 */
public final class HelplineHours {

    private static final LocalTime OPENS = LocalTime.of(8, 0);
    private static final LocalTime CLOSES = LocalTime.of(17, 0);

    private HelplineHours() {
    }

    /** Whether a call received at this UTC time came outside helpline hours. */
    public static boolean isOutside(LocalDateTime receivedAtUtc) {
        LocalDateTime pacific = PacificTime.fromUtc(receivedAtUtc);
        DayOfWeek day = pacific.getDayOfWeek();
        LocalTime time = pacific.toLocalTime();
        boolean workday = day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !CaliforniaHolidays.isHoliday(pacific.toLocalDate());
        return !(workday && !time.isBefore(OPENS) && time.isBefore(CLOSES));
    }
}
