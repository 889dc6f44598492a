package org.iecmhc.lms.supervision;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * The confidential notes a supervisor wrote, on every session they wrote them on: the author keeps reading them
 * after an administrator names another supervisor, who cannot open the session's notes in their place.
 */
@Named
@RequestScoped
public class WrittenNotesView {

    @Inject
    SessionNotes sessionNotes;

    @Inject
    CurrentViewer viewer;

    private List<SessionNotes.Note> notes;

    public List<SessionNotes.Note> getNotes() {
        if (notes == null) {
            notes = sessionNotes.writtenBy(viewer.get());
        }
        return notes;
    }

    public String when(SessionNotes.Note note) {
        return PacificTime.format(note.sessionStartsAtUtc());
    }

    public String written(SessionNotes.Note note) {
        return PacificTime.format(note.writtenAtUtc());
    }
}
