package org.iecmhc.lms.offering;

/** Where a registration stands. Only a confirmed registration holds a seat. In the order staff list them. */
public enum RegistrationState {
    /** Confirmed and holding a seat. */
    CONFIRMED,
    /** Confirmed when every seat was taken: first in, first to move up. */
    WAITING,
    /** Registered; the e-mail address is not confirmed yet, so it holds nothing. */
    AWAITING_CONFIRMATION,
    CANCELLED;

    public String messageKey() {
        return "offering.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
