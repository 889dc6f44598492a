package org.iecmhc.lms.forum;

import java.time.Duration;

/**
 * The longest text each forum field may hold, equal to its column's size in V30, so that the pages' {@code maxlength},
 * the rules and the database agree (ColumnLimitsPersistenceTest compares them with the schema), and the forum's other
 * bounds.
 */
public final class ForumLimits {

    public static final int THREAD_TITLE = 200;
    public static final int POST_BODY = 5000;
    public static final int HIDE_REASON = 500;
    /** How long an author may still correct a post. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(30);
    /** Places listed per kind on a person's forum list (an administrator is a member of every one). */
    public static final int PLACES_LISTED = 50;

    private ForumLimits() {
    }
}
