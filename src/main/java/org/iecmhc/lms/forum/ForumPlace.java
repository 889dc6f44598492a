package org.iecmhc.lms.forum;

import java.io.Serializable;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;

/**
 * A forum: the cohort, course or series it belongs to, with the cohort whose people are its members and the course's
 * faculty member or the series' facilitator ({@code leader}, none for a cohort's own forum).
 */
public record ForumPlace(ForumKind kind, long id, String title, Cohort cohort, Account leader) implements Serializable {
}
