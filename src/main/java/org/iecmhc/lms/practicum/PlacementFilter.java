package org.iecmhc.lms.practicum;

/** The placement list's filters; null means any. */
public record PlacementFilter(Long cohortId, PlacementStatus status) {
}
