package org.iecmhc.lms.consultation;

/** An assignment is open until consultation starts, active while it runs, and closed with its survey. */
public enum AssignmentStatus {
    OPEN, ACTIVE, CLOSED;

    public String messageKey() {
        return "consultation.status." + name();
    }
}
