package org.iecmhc.lms.community;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/** One trainee's attendance at one meeting. */
@Entity
@Table(name = "practice_attendance")
public class MeetingAttendance extends AuditedRecord {

    @ManyToOne(optional = false)
    private PracticeMeeting meeting;

    @ManyToOne(optional = false)
    private Account trainee;

    @Enumerated(EnumType.STRING)
    private Attendance status;

    protected MeetingAttendance() {
    }

    MeetingAttendance(PracticeMeeting meeting, Account trainee, Attendance status) {
        this.meeting = meeting;
        this.trainee = trainee;
        this.status = status;
    }

    void record(Attendance status) {
        this.status = status;
    }

    @Override
    public String auditLabel() {
        return trainee.getEmail() + " " + status + " at practice meeting " + meeting.getId();
    }

    public PracticeMeeting getMeeting() {
        return meeting;
    }

    public Account getTrainee() {
        return trainee;
    }

    public Attendance getStatus() {
        return status;
    }
}
