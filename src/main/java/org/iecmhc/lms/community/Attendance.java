package org.iecmhc.lms.community;

/** How a trainee is recorded at a meeting; a trainee with no record has not had attendance taken yet. */
public enum Attendance {
    PRESENT, ABSENT, EXCUSED;

    public String messageKey() {
        return "practice.attendance." + name();
    }
}
