package org.iecmhc.lms.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.TraineeRecord;
import org.iecmhc.lms.identity.Account;

/** A trainee invited to a supervision session, with their attendance once the supervisor has taken it. */
@Entity
@Table(name = "supervision_invitation")
public class Invitation extends TraineeRecord {

    @ManyToOne(optional = false)
    private SupervisionSession session;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    protected Invitation() {
    }

    Invitation(SupervisionSession session, Account trainee) {
        super(trainee);
        this.session = session;
    }

    void record(Attendance attendance) {
        this.attendance = attendance;
    }

    @Override
    public String auditLabel() {
        return getTrainee().getEmail() + " at supervision session " + session.getId() + ": " + attendance;
    }

    public SupervisionSession getSession() {
        return session;
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
