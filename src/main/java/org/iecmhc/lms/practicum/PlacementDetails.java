package org.iecmhc.lms.practicum;

import java.time.LocalDate;

/** What a placement form holds; the enrollment is only read when the placement is created. */
public record PlacementDetails(Long enrollmentId, Long providerId, String mentorName, String mentorContact,
                               LocalDate startOn, LocalDate endOn, PlacementStatus status) {
}
