package org.iecmhc.lms.platform.time;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * A meeting kept with the time it is held at, its start in UTC and its length (a supervision session, a Community of
 * Practice meeting, a Community of Support session): see {@link MeetingSlot}.
 */
@MappedSuperclass
public abstract class ScheduledRecord extends AuditedRecord {

    @Embedded
    private MeetingSlot slot;

    /** Sets or moves the meeting to this time. */
    protected void meetAt(MeetingTime when) {
        slot = new MeetingSlot(when);
    }

    public MeetingSlot getSlot() {
        return slot;
    }
}
