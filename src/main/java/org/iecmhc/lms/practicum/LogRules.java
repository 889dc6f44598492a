package org.iecmhc.lms.practicum;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.iecmhc.lms.platform.text.TypedText;

/** What a log entry must be, whoever keeps it: inside the placement, not in the future, of a sensible length. */
final class LogRules {

    static final int MAX_MINUTES = 24 * 60;

    private LogRules() {
    }

    /** Refuses the first field that is wrong, so the page can show its message next to it. */
    static void check(EntryDetails entry, LocalDate placementStart, LocalDate placementEnd, LocalDate today) {
        if (entry.loggedOn() == null) {
            throw new PracticumRejected("loggedOn", "practicum.entry.loggedOn.required");
        }
        if (entry.loggedOn().isAfter(today)) {
            throw new PracticumRejected("loggedOn", "practicum.entry.loggedOn.future");
        }
        if (entry.loggedOn().isBefore(placementStart) || entry.loggedOn().isAfter(placementEnd)) {
            throw new PracticumRejected("loggedOn", "practicum.entry.loggedOn.outside");
        }
        if (entry.startsAt() == null) {
            throw new PracticumRejected("startsAt", "practicum.entry.startsAt.required");
        }
        if (entry.minutes() == null || entry.minutes() < 1 || entry.minutes() > MAX_MINUTES) {
            throw new PracticumRejected("minutes", "practicum.entry.minutes.range");
        }
        if (entry.activity() == null) {
            throw new PracticumRejected("activity", "practicum.entry.activity.required");
        }
        TypedText.requireFits(entry.note(), PracticumLimits.NOTE, PracticumRejected::new, "note",
                "practicum.text.tooLong");
    }

    /**
     * Whether two stretches of time share a minute. A stretch may run past midnight into the next day, so the
     * stretches are compared as date-times; touching ends (one stops at 10:00, the next starts at 10:00) is fine.
     */
    static boolean overlap(LocalDate dayA, LocalTime startA, int minutesA, LocalDate dayB, LocalTime startB, int minutesB) {
        LocalDateTime beginA = dayA.atTime(startA);
        LocalDateTime beginB = dayB.atTime(startB);
        return beginA.isBefore(beginB.plusMinutes(minutesB)) && beginB.isBefore(beginA.plusMinutes(minutesA));
    }
}
