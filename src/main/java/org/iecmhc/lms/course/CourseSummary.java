package org.iecmhc.lms.course;

import java.time.LocalDate;

/**
 * A course as a list of the API names it, read as plain columns so that a page of courses loads no faculty account
 * and no roles.
 *
 * @param facultyName empty when the course has no lead faculty member
 */
public record CourseSummary(long id, String title, long cohortId, String cohortName, String facultyName,
                            LocalDate startDate, LocalDate endDate, boolean required) {
}
