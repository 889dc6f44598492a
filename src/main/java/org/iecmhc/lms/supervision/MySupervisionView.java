package org.iecmhc.lms.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;

/** A trainee's own supervision: the sessions they were invited to, their attendance, hours and individual notes. */
@Named
@RequestScoped
public class MySupervisionView {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    @Inject
    ReflectiveSupervision supervision;

    @Inject
    SessionNotes sessionNotes;

    @Inject
    CurrentViewer viewer;

    private List<Invitation> sessions;
    private List<SessionNotes.Note> notes;

    public List<Invitation> getSessions() {
        if (sessions == null) {
            sessions = supervision.mySessions(viewer.get());
        }
        return sessions;
    }

    /** Such as "25.5": hours credited so far, from the sessions attended. */
    public String getCreditedHours() {
        return BigDecimal.valueOf(supervision.creditedMinutes(viewer.get()))
                .divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The notes about the trainee, also of sessions they were invited to and are no longer. */
    public List<SessionNotes.Note> getNotes() {
        if (notes == null) {
            notes = sessionNotes.about(viewer.get());
        }
        return notes;
    }

    public String sessionWhen(SessionNotes.Note note) {
        return PacificTime.format(note.sessionStartsAtUtc());
    }

    public String when(Invitation invitation) {
        return invitation.getSession().getSlot().label();
    }

    public String written(SessionNotes.Note note) {
        return PacificTime.format(note.writtenAtUtc());
    }
}
