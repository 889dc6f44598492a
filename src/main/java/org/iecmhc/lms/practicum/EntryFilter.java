package org.iecmhc.lms.practicum;

import java.time.LocalDate;

/** What a list of log entries is narrowed to: a placement, a status, a trainee and a range of days, each optional. */
public record EntryFilter(Long placementId, EntryStatus status, Long traineeId, LocalDate from, LocalDate to) {
}
