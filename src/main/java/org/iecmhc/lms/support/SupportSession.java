package org.iecmhc.lms.support;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.time.MeetingSlot;
import org.iecmhc.lms.platform.time.MeetingTime;

/** One meeting of a series, its start stored in UTC and shown in Pacific time. */
@Entity
@Table(name = "support_session")
public class SupportSession extends AuditedRecord {

    @ManyToOne(optional = false)
    private SupportSeries series;

    @Embedded
    private MeetingSlot slot;

    protected SupportSession() {
    }

    SupportSession(SupportSeries series, MeetingTime when) {
        this.series = series;
        reschedule(when);
    }

    void reschedule(MeetingTime when) {
        slot = new MeetingSlot(when);
    }

    @Override
    public String auditLabel() {
        return "session of series " + series.getId() + " at " + slot.getStartsAt();
    }

    public SupportSeries getSeries() {
        return series;
    }

    public MeetingSlot getSlot() {
        return slot;
    }
}
