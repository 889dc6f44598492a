package org.iecmhc.lms.provider;

/**
 * The longest text each provider field may hold, equal to its column's size in V5, so that the page's {@code
 * maxlength}, the rule that refuses longer text and the database agree (ColumnLimitsTest compares them with the
 * schema). The contact's email is limited by {@code EmailFormat.MAX_LENGTH}.
 */
public final class ProviderLimits {

    public static final int NAME = 200;
    public static final int CITY = 100;
    public static final int LICENSE_NUMBER = 40;
    public static final int CONTACT_NAME = 200;
    public static final int CONTACT_PHONE = 40;

    private ProviderLimits() {
    }
}
