package org.iecmhc.lms.practicum;

import java.time.LocalDate;
import java.time.LocalTime;

/** What the trainee types for one stretch of practicum time. */
public record EntryDetails(LocalDate loggedOn, LocalTime startsAt, Integer minutes, PracticumActivity activity,
                           String note) {
}
