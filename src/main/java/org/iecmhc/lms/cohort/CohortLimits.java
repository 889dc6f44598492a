package org.iecmhc.lms.cohort;

/**
 * The longest text each cohort, enrollment and profile field may hold, equal to its column's size in V3, so that the
 * page's {@code maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them
 * with the schema).
 */
public final class CohortLimits {

    public static final int NAME = 100;
    public static final int WITHDRAWAL_REASON = 500;
    public static final int AGENCY = 200;
    public static final int DISCIPLINE = 200;

    private CohortLimits() {
    }
}
