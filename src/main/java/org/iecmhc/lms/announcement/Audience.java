package org.iecmhc.lms.announcement;

/** Who an announcement is for. */
public enum Audience {
    NETWORK, COHORT, ROLE, COURSE;

    public String messageKey() {
        return "announcement.audience." + name();
    }
}
