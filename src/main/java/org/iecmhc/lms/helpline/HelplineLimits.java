package org.iecmhc.lms.helpline;

/**
 * The longest text each helpline field may hold, equal to its column's size in V6 (V46 for the referral directory), so that the page's {@code
 * maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the
 * schema).
 */
public final class HelplineLimits {

    public static final int CALLER_KEY = 100;
    public static final int REFERRALS = 1000;
    public static final int TOPIC_NAME = 100;
    public static final int TOPIC_CODE = 40;
    /** Of a referral resource (V46). */
    public static final int RESOURCE_NAME = 200;
    public static final int RESOURCE_CONTACT = 500;

    private HelplineLimits() {
    }
}
