package org.iecmhc.lms.supervision;

import java.io.Serializable;

/** One invited trainee's line in the attendance grid, editable until saved. */
public class AttendanceRow implements Serializable {

    private final long traineeId;
    private final String name;
    private Attendance attendance;

    AttendanceRow(Invitation invitation) {
        traineeId = invitation.getTrainee().getId();
        name = invitation.getTrainee().getDisplayName();
        attendance = invitation.getAttendance();
    }

    public long getTraineeId() {
        return traineeId;
    }

    public String getName() {
        return name;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public void setAttendance(Attendance attendance) {
        this.attendance = attendance;
    }
}
