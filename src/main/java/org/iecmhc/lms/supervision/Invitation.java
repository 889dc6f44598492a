package org.iecmhc.lms.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** A trainee invited to a supervision session, with their attendance once the supervisor has taken it. */
@Entity
@Table(name = "supervision_invitation")
public class Invitation extends AuditedRecord {

    @ManyToOne(optional = false)
    private SupervisionSession session;

    @ManyToOne(optional = false)
    private Account trainee;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    protected Invitation() {
    }

    Invitation(SupervisionSession session, Account trainee) {
        this.session = session;
        this.trainee = trainee;
    }

    void record(Attendance attendance) {
        this.attendance = attendance;
    }

    @Override
    public String auditLabel() {
        return trainee.getEmail() + " at supervision session " + session.getId() + ": " + attendance;
    }

    public SupervisionSession getSession() {
        return session;
    }

    public Account getTrainee() {
        return trainee;
    }

    /** Null until taken. */
    public Attendance getAttendance() {
        return attendance;
    }

    /** The minutes this invitation credits: the whole session for those present, nothing otherwise. */
    public int creditedMinutes() {
        return attendance == Attendance.PRESENT ? session.getSlot().getMinutes() : 0;
    }
}
