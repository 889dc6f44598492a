package org.iecmhc.lms.platform.time;

import java.io.Serializable;

import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * A meeting's line on a schedule page (a support session, a Community of Practice meeting): once scheduled its id
 * and version, and when it is as saved for the attendance menu; its time as typed, kept until it is saved.
 */
public class ScheduledMeetingRow implements Serializable {

    private final Long id;
    private long version;
    private String label;
    private final MeetingTimeInput when;

    protected ScheduledMeetingRow(AuditedRecord meeting, MeetingSlot slot) {
        id = meeting.getId();
        saved(meeting, slot);
        when = new MeetingTimeInput(slot.meetingTime());
    }

    /** A meeting not scheduled yet, of the usual length. */
    protected ScheduledMeetingRow(int usualMinutes) {
        id = null;
        when = new MeetingTimeInput(usualMinutes);
    }

    protected final void saved(AuditedRecord meeting, MeetingSlot slot) {
        version = meeting.getVersion();
        label = slot.label();
    }

    /** When the meeting is as saved, such as "2026-03-04 18:30 PT". */
    public String getLabel() {
        return label;
    }

    /** The meeting's id; none for one not scheduled yet. */
    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public MeetingTimeInput getWhen() {
        return when;
    }
}
