package org.iecmhc.lms.notification;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A feature's reminders (an assignment due in 48 hours, a CoP meeting tomorrow): once per period, on one instance of
 * the cluster, the scheduler asks it to tell everyone concerned by that period through
 * {@link Notifications#tell}. The feature knows its own records; the scheduler knows when and who runs it.
 */
public interface ReminderSource {

    /** The name of the job's lease, unique among the sources. */
    String job();

    /** HOURS or DAYS: periods start on the California wall clock's hour or midnight. */
    ChronoUnit period();

    /** Tells those the period starting at this California time concerns, in a transaction; answers how many. */
    int remind(ZonedDateTime periodStart);
}
