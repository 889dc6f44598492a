package org.iecmhc.lms.support;

import org.iecmhc.lms.platform.time.ScheduledMeetingRow;

/** One session's line in the schedule, its California date, start and minutes editable on the page until saved. */
public class SessionRow extends ScheduledMeetingRow {

    SessionRow(SupportSession session) {
        super(session, session.getSlot());
    }

    void saved(SupportSession session) {
        saved(session, session.getSlot());
    }
}
