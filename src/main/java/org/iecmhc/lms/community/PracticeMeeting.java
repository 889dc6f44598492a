package org.iecmhc.lms.community;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.time.ScheduledRecord;

/** One meeting of a Community of Practice series, its start stored in UTC and shown in California time. */
@Entity
@Table(name = "practice_meeting")
public class PracticeMeeting extends ScheduledRecord {

    @ManyToOne(optional = false)
    private PracticeSeries series;

    private String topic;

    private String link;

    protected PracticeMeeting() {
    }

    PracticeMeeting(PracticeSeries series, MeetingDetails details) {
        this.series = series;
        describe(details);
    }

    void describe(MeetingDetails details) {
        meetAt(details.when());
        topic = details.topic();
        link = details.link();
    }

    @Override
    public String auditLabel() {
        return "meeting of practice series " + series.getId() + " at " + getSlot().getStartsAt();
    }

    public PracticeSeries getSeries() {
        return series;
    }

    public String getTopic() {
        return topic;
    }

    public String getLink() {
        return link;
    }
}
