package org.iecmhc.lms.practicum;

import java.io.Serializable;
import java.time.LocalDate;

/** What the faculty narrowed the review queue to: a cohort, a day and part of a trainee's name, each optional. */
public record ReviewFilter(Long cohortId, LocalDate day, String trainee) implements Serializable {

    public static final ReviewFilter NONE = new ReviewFilter(null, null, null);
}
