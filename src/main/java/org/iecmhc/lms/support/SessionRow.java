package org.iecmhc.lms.support;

import java.io.Serializable;

import org.iecmhc.lms.platform.time.MeetingTimeInput;

/** One session's line in the schedule, its California date, start and minutes editable on the page until saved. */
public class SessionRow implements Serializable {

    private final long sessionId;
    private long version;
    private String label;
    private final MeetingTimeInput when;

    SessionRow(SupportSession session) {
        sessionId = session.getId();
        saved(session);
        when = new MeetingTimeInput(session.getSlot().meetingTime());
    }

    void saved(SupportSession session) {
        version = session.getVersion();
        label = session.getSlot().label();
    }

    /** When the session is as saved, such as "2026-03-04 18:30 PT", for the attendance session menu. */
    public String getLabel() {
        return label;
    }

    public long getSessionId() {
        return sessionId;
    }

    public MeetingTimeInput getWhen() {
        return when;
    }

    long getVersion() {
        return version;
    }
}
