package org.iecmhc.lms.community;

import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.web.AttendeeRow;

/** A trainee's line in one meeting's attendance grid; a null status is "not yet taken". */
public class AttendanceRow extends AttendeeRow {

    private Attendance status;

    AttendanceRow(Account trainee, Attendance status) {
        super(trainee.getId(), trainee.getDisplayName());
        this.status = status;
    }

    public Attendance getStatus() {
        return status;
    }

    public void setStatus(Attendance status) {
        this.status = status;
    }
}
