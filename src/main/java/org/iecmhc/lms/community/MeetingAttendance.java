package org.iecmhc.lms.community;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iecmhc.lms.cohort.TraineeRecord;
import org.iecmhc.lms.identity.Account;

/** One trainee's attendance at one meeting. */
@Entity
@Table(name = "practice_attendance")
public class MeetingAttendance extends TraineeRecord {

    @ManyToOne(optional = false)
    private PracticeMeeting meeting;

    @Enumerated(EnumType.STRING)
    private Attendance status;

    protected MeetingAttendance() {
    }

    MeetingAttendance(PracticeMeeting meeting, Account trainee, Attendance status) {
        super(trainee);
        this.meeting = meeting;
        this.status = status;
    }

    void record(Attendance status) {
        this.status = status;
    }

    @Override
    public String auditLabel() {
        return getTrainee().getEmail() + " " + status + " at practice meeting " + meeting.getId();
    }

    public PracticeMeeting getMeeting() {
        return meeting;
    }

    public Attendance getStatus() {
        return status;
    }
}
