package org.iecmhc.lms.supervision;

import java.time.LocalDateTime;

/**
 * One line of the session list. It says how many notes a session has, never what they say, so administrators can
 * see that a session is documented without reading it.
 */
public record SessionSummary(long id, LocalDateTime startsAtPacific, SessionKind kind, long cohortId, String cohortName,
                             String supervisorName, String topic, int minutes, long invited, long notes) {

    public boolean hasNotes() {
        return notes > 0;
    }
}
