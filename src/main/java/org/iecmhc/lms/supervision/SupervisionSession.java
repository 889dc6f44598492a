package org.iecmhc.lms.supervision;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.time.ScheduledRecord;

/**
 * One reflective-supervision meeting of a cohort, its start stored in UTC and shown in Pacific time. Its notes are
 * kept in {@link SupervisionNote} and are deliberately not reachable from here.
 */
@Entity
@Table(name = "supervision_session")
public class SupervisionSession extends ScheduledRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Cohort cohort;

    @Enumerated(EnumType.STRING)
    private SessionKind kind;

    @ManyToOne(optional = false)
    private Account supervisor;

    private String topic;

    private LocalDateTime cancelledAt;

    @ManyToOne(fetch = FetchType.LAZY)
    private Account cancelledBy;

    protected SupervisionSession() {
    }

    SupervisionSession(Cohort cohort) {
        this.cohort = cohort;
    }

    void describe(SessionKind kind, Account supervisor, MeetingTime when, String topic) {
        this.kind = kind;
        this.supervisor = supervisor;
        meetAt(when);
        this.topic = TypedText.trimmedOrNull(topic);
    }

    /** The topic of an individual session is about its one trainee, so it goes when that trainee is anonymised. */
    void forgetTopic() {
        topic = null;
    }

    /** Kept rather than deleted, so that what points at it stays readable; it counts nowhere from now on. */
    void cancel(Account by, LocalDateTime at) {
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    @Override
    public String auditLabel() {
        String label = kind + " supervision session of cohort " + cohort.getId() + " at " + getSlot().getStartsAt();
        return cancelledAt == null ? label : label + ", cancelled by " + cancelledBy.getEmail();
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** In UTC; null unless cancelled. */
    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    /** Null unless cancelled. */
    public Account getCancelledBy() {
        return cancelledBy;
    }

    public boolean isSupervisedBy(String email) {
        return supervisor.getEmail().equals(email);
    }

    public Cohort getCohort() {
        return cohort;
    }

    public SessionKind getKind() {
        return kind;
    }

    public Account getSupervisor() {
        return supervisor;
    }

    public String getTopic() {
        return topic;
    }
}
