package org.iecmhc.lms.supervision;

import org.iecmhc.lms.platform.web.AttendeeRow;

/** One invited trainee's line in the attendance grid, editable until saved. */
public class AttendanceRow extends AttendeeRow {

    private Attendance attendance;

    AttendanceRow(Invitation invitation) {
        super(invitation.getTrainee().getId(), invitation.getTrainee().getDisplayName());
        attendance = invitation.getAttendance();
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public void setAttendance(Attendance attendance) {
        this.attendance = attendance;
    }
}
