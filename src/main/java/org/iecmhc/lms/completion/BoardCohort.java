package org.iecmhc.lms.completion;

/**
 * A cohort as the board's and the certificate page's lists of cohorts name it: read as two columns, not as the
 * cohort's entity with its requirements and faculty, since the lists only link to each cohort (issue 17).
 */
public record BoardCohort(long id, String name) {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
