package org.iecmhc.lms.supervision;

import org.iecmhc.lms.completion.CreditState;

/** What the supervisor recorded for one invited trainee; not yet taken is {@code null} on the invitation. */
public enum Attendance {
    PRESENT, ABSENT, EXCUSED;

    public String messageKey() {
        return "supervision.attendance." + name();
    }

    /** Only presence earns the session's minutes; a session whose attendance is not taken may still earn them. */
    public static CreditState creditState(Attendance attendance) {
        if (attendance == null) {
            return CreditState.PENDING;
        }
        return attendance == PRESENT ? CreditState.EARNED : CreditState.NOT_EARNED;
    }
}
