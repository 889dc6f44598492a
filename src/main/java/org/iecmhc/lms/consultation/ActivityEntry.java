package org.iecmhc.lms.consultation;

import java.time.LocalDate;

/** One line typed into the activity log, checked before it is saved. */
public record ActivityEntry(LocalDate heldOn, Integer minutes, ActivityKind kind, String note) {
}
