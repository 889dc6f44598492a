package org.iecmhc.lms.support;

import org.iecmhc.lms.platform.web.AttendeeRow;

/** An enrolled provider's box in one session's attendance grid; the row's id is the enrollment's. */
public class AttendanceRow extends AttendeeRow {

    private boolean present;

    AttendanceRow(SupportEnrollment enrollment, boolean present) {
        super(enrollment.getId(), enrollment.getProvider().getName());
        this.present = present;
    }

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }
}
