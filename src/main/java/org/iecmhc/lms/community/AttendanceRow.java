package org.iecmhc.lms.community;

import java.io.Serializable;

import org.iecmhc.lms.identity.Account;

/** A trainee's line in one meeting's attendance grid; a null status is "not yet taken". */
public class AttendanceRow implements Serializable {

    private final long traineeId;
    private final String traineeName;
    private Attendance status;

    AttendanceRow(Account trainee, Attendance status) {
        traineeId = trainee.getId();
        traineeName = trainee.getDisplayName();
        this.status = status;
    }

    public long getTraineeId() {
        return traineeId;
    }

    public String getTraineeName() {
        return traineeName;
    }

    public Attendance getStatus() {
        return status;
    }

    public void setStatus(Attendance status) {
        this.status = status;
    }
}
