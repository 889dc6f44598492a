package org.iecmhc.lms.identity;

import java.time.Duration;

/** Why a single-use link to choose a password was sent, which decides how long it works and what its mail says. */
public enum LinkPurpose {
    INVITATION(Duration.ofDays(7), "link.invitation.subject", "link.invitation.body", "link.invitation.reason"),
    PASSWORD_RESET(Duration.ofHours(1), "link.passwordReset.subject", "link.passwordReset.body",
            "link.passwordReset.reason");

    private final Duration validFor;
    private final String subjectKey;
    private final String bodyKey;
    private final String reasonKey;

    LinkPurpose(Duration validFor, String subjectKey, String bodyKey, String reasonKey) {
        this.validFor = validFor;
        this.subjectKey = subjectKey;
        this.bodyKey = bodyKey;
        this.reasonKey = reasonKey;
    }

    Duration validFor() {
        return validFor;
    }

    String subjectKey() {
        return subjectKey;
    }

    String bodyKey() {
        return bodyKey;
    }

    String reasonKey() {
        return reasonKey;
    }
}
