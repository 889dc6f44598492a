package org.iecmhc.lms.completion;

import java.time.LocalDate;

import org.iecmhc.lms.cohort.CompletionRequirements;

/** The cohort's dates and its completion requirements as they are now. */
public record CohortTerms(LocalDate startDate, LocalDate endDate, CompletionRequirements requirements) {
}
