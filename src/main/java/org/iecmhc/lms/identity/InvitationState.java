package org.iecmhc.lms.identity;

import java.util.Locale;

/**
 * Where a person's latest invitation stands, as administrators see it: mailed and waiting, used to choose a
 * password, past its seven days, or given up on by the outbox. NONE: the person was never invited (an account made
 * before invitations, or one whose first password an administrator typed).
 */
public enum InvitationState {
    NONE, SENT, ACCEPTED, EXPIRED, FAILED;

    public String messageKey() {
        return "invitation.state." + name().toLowerCase(Locale.ROOT);
    }

    /** An invitation that can be sent again: it has not led to a password of the person's own yet. */
    public boolean isPending() {
        return this == SENT || this == EXPIRED || this == FAILED;
    }
}
