package org.iecmhc.lms.support;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.platform.audit.AuditedRecord;
import org.iecmhc.lms.platform.time.PacificTime;

/** One meeting of a series, its start stored in UTC and shown in Pacific time. */
@Entity
@Table(name = "support_session")
public class SupportSession extends AuditedRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "series_id")
    private SupportSeries series;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    protected SupportSession() {
    }

    SupportSession(SupportSeries series, LocalDateTime startsAtPacific, int durationMinutes) {
        this.series = series;
        reschedule(startsAtPacific, durationMinutes);
    }

    void reschedule(LocalDateTime startsAtPacific, int durationMinutes) {
        this.startsAt = PacificTime.toUtc(startsAtPacific);
        this.durationMinutes = durationMinutes;
    }

    @Override
    public String auditLabel() {
        return "session of series " + series.getId() + " at " + startsAt;
    }

    public SupportSeries getSeries() {
        return series;
    }

    /** In UTC. */
    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getStartsAtPacific() {
        return PacificTime.fromUtc(startsAt);
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }
}
