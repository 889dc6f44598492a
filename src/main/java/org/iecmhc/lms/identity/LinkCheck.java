package org.iecmhc.lms.identity;

/** What a link's token opens: an account whose password may be chosen now, or why not (email only when valid). */
public record LinkCheck(Status status, String email) implements java.io.Serializable {

    public enum Status {
        VALID, USED, EXPIRED, UNKNOWN
    }

    static LinkCheck refused(Status status) {
        return new LinkCheck(status, null);
    }

    public boolean isValid() {
        return status == Status.VALID;
    }
}
