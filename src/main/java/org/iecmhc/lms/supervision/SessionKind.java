package org.iecmhc.lms.supervision;

/** A supervisor meets one trainee or a group of them. */
public enum SessionKind {
    INDIVIDUAL, GROUP;

    public String messageKey() {
        return "supervision.kind." + name();
    }
}
