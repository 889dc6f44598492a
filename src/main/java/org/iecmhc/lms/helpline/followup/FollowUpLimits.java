package org.iecmhc.lms.helpline.followup;

/** The longest text a follow-up holds, equal to its columns in V45 (ColumnLimitsPersistenceTest compares them). */
public final class FollowUpLimits {

    public static final int NOTE = 1000;
    public static final int OUTCOME = 2000;
    /** How far ahead a follow-up may be due: further is a mistyped year, not a plan. */
    public static final int MAX_DAYS_AHEAD = 366;

    private FollowUpLimits() {
    }
}
