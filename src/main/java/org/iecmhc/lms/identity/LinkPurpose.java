package org.iecmhc.lms.identity;

import java.time.Duration;

/** Why a single-use link to choose a password was sent, which decides how long it works and what its mail says. */
public enum LinkPurpose {
    INVITATION(Duration.ofDays(7)), PASSWORD_RESET(Duration.ofHours(1));

    private final Duration validFor;

    LinkPurpose(Duration validFor) {
        this.validFor = validFor;
    }

    Duration validFor() {
        return validFor;
    }

    /** The start of this purpose's bundle keys: {@code link.invitation.*}, {@code link.passwordReset.*}. */
    String keyPrefix() {
        return this == INVITATION ? "link.invitation" : "link.passwordReset";
    }
}
