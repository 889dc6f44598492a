package org.iecmhc.lms.community;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.PacificTime;

/** One meeting of a Community of Practice series, its start stored in UTC and shown in California time. */
@Entity
@Table(name = "practice_meeting")
public class PracticeMeeting extends AuditedRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "series_id")
    private PracticeSeries series;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    private String topic;

    private String link;

    protected PracticeMeeting() {
    }

    PracticeMeeting(PracticeSeries series, MeetingDetails details) {
        this.series = series;
        describe(details);
    }

    void describe(MeetingDetails details) {
        startsAt = details.when().startsAtUtc();
        durationMinutes = details.when().minutes();
        topic = details.topic();
        link = details.link();
    }

    @Override
    public String auditLabel() {
        return "meeting of practice series " + series.getId() + " at " + startsAt;
    }

    /** Whether the meeting has begun by this UTC time, so that attendance can be taken. */
    boolean hasStartedBy(LocalDateTime nowUtc) {
        return !startsAt.isAfter(nowUtc);
    }

    public PracticeSeries getSeries() {
        return series;
    }

    /** In UTC. */
    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getStartsAtPacific() {
        return PacificTime.fromUtc(startsAt);
    }

    public MeetingTime getWhen() {
        return MeetingTime.ofUtc(startsAt, durationMinutes);
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getTopic() {
        return topic;
    }

    public String getLink() {
        return link;
    }
}
