package org.iecmhc.lms.support;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.ScheduledRecord;

/** One meeting of a series, its start stored in UTC and shown in Pacific time. */
@Entity
@Table(name = "support_session")
public class SupportSession extends ScheduledRecord {

    @ManyToOne(optional = false)
    private SupportSeries series;

    protected SupportSession() {
    }

    SupportSession(SupportSeries series, MeetingTime when) {
        this.series = series;
        reschedule(when);
    }

    void reschedule(MeetingTime when) {
        meetAt(when);
    }

    @Override
    public String auditLabel() {
        return "session of series " + series.getId() + " at " + getSlot().getStartsAt();
    }

    public SupportSeries getSeries() {
        return series;
    }
}
