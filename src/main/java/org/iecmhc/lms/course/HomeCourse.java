package org.iecmhc.lms.course;

/**
 * A course as the home page and the course lists name it: read as plain columns, so that listing a person's courses
 * loads no faculty account and no roles.
 */
public record HomeCourse(Long id, String title, String cohortName, String facultyName, boolean required) {

    /** For the query's constructor expression: the faculty member's names, both null when the course has none. */
    public HomeCourse(Long id, String title, String cohortName, String facultyFirstName, String facultyLastName,
                      Boolean required) {
        this(id, title, cohortName, facultyFirstName == null ? "" : facultyFirstName + " " + facultyLastName, required);
    }
}
