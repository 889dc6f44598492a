package org.iecmhc.lms.support;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The attendance grid of the session chosen on the series page. Its rows are kept until another session is chosen
 * or the enrolments change, so that ticks survive until they are saved.
 */
public class AttendanceForm implements Serializable {

    private Long sessionId;
    private List<AttendanceRow> rows;

    boolean needsRows() {
        return rows == null && sessionId != null;
    }

    void fill(List<SupportEnrollment> enrollments, Set<Long> present) {
        rows = enrollments.stream().map(e -> new AttendanceRow(e, present.contains(e.getId()))).toList();
    }

    void forget() {
        rows = null;
    }

    Set<Long> present() {
        return getRows().stream().filter(AttendanceRow::isPresent).map(AttendanceRow::getId)
                .collect(Collectors.toSet());
    }

    /** One line per enrolled provider, marked present for those recorded so. */
    public List<AttendanceRow> getRows() {
        return rows == null ? List.of() : rows;
    }

    public Presence[] getChoices() {
        return Presence.values();
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        if (!Objects.equals(this.sessionId, sessionId)) {
            rows = null;
        }
        this.sessionId = sessionId;
    }
}
