package org.iecmhc.lms.completion;

/** Where an enrollment stands on the completion board. */
public enum ProgressStatus {
    /** Still short of a requirement, but no further behind than the cohort's calendar allows. */
    ON_TRACK,
    /** Further behind than the share of the cohort's time already gone (see {@link ProgressRules#BEHIND_TOLERANCE}). */
    BEHIND,
    /** Enrolled and every requirement met: an administrator may confirm completion. */
    ELIGIBLE,
    COMPLETED,
    NOT_COMPLETED,
    WITHDRAWN;

    public String messageKey() {
        return "completion.status." + name();
    }
}
