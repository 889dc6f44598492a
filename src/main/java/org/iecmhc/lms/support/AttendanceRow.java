package org.iecmhc.lms.support;

import java.io.Serializable;

/** An enrolled provider's box in one session's attendance grid. */
public class AttendanceRow implements Serializable {

    private final long enrollmentId;
    private final String providerName;
    private boolean present;

    AttendanceRow(SupportEnrollment enrollment, boolean present) {
        enrollmentId = enrollment.getId();
        providerName = enrollment.getProvider().getName();
        this.present = present;
    }

    public long getEnrollmentId() {
        return enrollmentId;
    }

    public String getProviderName() {
        return providerName;
    }

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }
}
