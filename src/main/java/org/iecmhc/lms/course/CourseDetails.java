package org.iecmhc.lms.course;

import java.time.LocalDate;

/** What the course form edits; the cohort and faculty member are given by id. */
public record CourseDetails(String title, String description, LocalDate startDate, LocalDate endDate, boolean required,
                            int passingPercent) {
}
