package org.iecmhc.lms.supervision;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One line of the session list. It says how many notes a session has, never what they say, so administrators can
 * see that a session is documented without reading it. Serializable because the list's page of rows stays in the
 * view, which travels with the HTTP session to another member of the cluster.
 */
public record SessionSummary(long id, LocalDateTime startsAtPacific, SessionKind kind, long cohortId, String cohortName,
                             String supervisorName, String topic, int minutes, long invited, long notes,
                             boolean cancelled)
        implements Serializable {

    public boolean hasNotes() {
        return notes > 0;
    }
}
