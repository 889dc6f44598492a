package org.iecmhc.lms.support;

import org.iecmhc.lms.platform.web.AttendeeRow;

/** An enrolled provider's line in one session's attendance grid; the row's id is the enrollment's. */
public class AttendanceRow extends AttendeeRow {

    private Presence presence;

    AttendanceRow(SupportEnrollment enrollment, boolean present) {
        super(enrollment.getId(), enrollment.getProvider().getName());
        this.presence = Presence.of(present);
    }

    boolean isPresent() {
        return presence == Presence.PRESENT;
    }

    public Presence getPresence() {
        return presence;
    }

    /** Nothing chosen (a grid sent without the row's buttons) keeps the provider absent, as an unticked box did. */
    public void setPresence(Presence presence) {
        this.presence = presence == null ? Presence.ABSENT : presence;
    }
}
