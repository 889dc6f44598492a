package org.iecmhc.lms.platform.time;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.iecmhc.lms.platform.errors.InputRejected;

/**
 * When a meeting takes place as people in California plan it: a date and a start on the wall clock there, and a
 * length in minutes. Supervision sessions, Community of Practice meetings and Community of Support sessions store
 * the start in UTC, so a meeting typed for 17:00 stays at 17:00 on either side of a change to daylight saving.
 */
public record MeetingTime(LocalDate date, LocalTime start, Integer minutes) implements Serializable {

    /** A meeting lasts at most a day: anything longer is a typing mistake. */
    public static final int MAX_MINUTES = 24 * 60;

    /** A stored meeting (its start in UTC) as California sees it. */
    public static MeetingTime ofUtc(LocalDateTime startsAtUtc, int minutes) {
        LocalDateTime pacific = PacificTime.fromUtc(startsAtUtc);
        return new MeetingTime(pacific.toLocalDate(), pacific.toLocalTime(), minutes);
    }

    /**
     * The feature's message keys for a missing date, a missing start and a length out of range, each named in full so
     * that the bundle check finds them.
     */
    public record Messages(String dateRequired, String timeRequired, String minutesRange) implements Serializable {
    }

    /**
     * Refuses a meeting without a date or start, or lasting less than a minute or more than a day, at the field
     * {@code date}, {@code time} or {@code minutes} with the feature's message.
     */
    public MeetingTime checked(Messages messages) {
        if (date == null) {
            throw new InputRejected("date", messages.dateRequired());
        }
        if (start == null) {
            throw new InputRejected("time", messages.timeRequired());
        }
        if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
            throw new InputRejected("minutes", messages.minutesRange());
        }
        return this;
    }

    public LocalDateTime startsAtPacific() {
        return date.atTime(start);
    }

    /**
     * A start in the hour skipped when clocks go forward is moved on by that hour; in the hour repeated when they go
     * back it is the first of the two.
     */
    public LocalDateTime startsAtUtc() {
        return PacificTime.toUtc(startsAtPacific());
    }

    /** The same start and length on another day, for series that meet regularly. */
    public MeetingTime on(LocalDate day) {
        return new MeetingTime(day, start, minutes);
    }
}
