package org.iecmhc.lms.announcement;

/**
 * The longest text each announcement field may hold, equal to its column's size in V30 (ColumnLimitsPersistenceTest
 * compares them with the schema), and the announcement's other bounds.
 */
public final class AnnouncementLimits {

    public static final int TITLE = 200;
    public static final int BODY = 4000;
    /** Announcements shown at once on a home page, newest first. */
    public static final int SHOWN_AT_HOME = 10;
    /** Recipients read and mailed per batch, so that a Network-wide mail never holds every account in memory. */
    public static final int MAIL_BATCH = 500;

    private AnnouncementLimits() {
    }
}
