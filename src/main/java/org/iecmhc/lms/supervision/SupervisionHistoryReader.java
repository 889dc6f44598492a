package org.iecmhc.lms.supervision;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.iecmhc.lms.cohort.MeetingHistory;
import org.iecmhc.lms.platform.imports.ImportFile;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.platform.imports.ImportRow;

/**
 * Reads a file of past reflective-supervision sessions, one line per trainee invited, and finds every problem before
 * anything is stored. Lines of the same cohort, supervisor and start are one session, which must then agree on its
 * kind, length and topic; an individual session has one trainee. Knows nothing of the database.
 */
final class SupervisionHistoryReader {

    static final String SUPERVISOR = "supervisor_email";
    static final List<String> COLUMNS = MeetingHistory.columns(SUPERVISOR, "kind");

    /** A session as lines name it. */
    record SessionKey(long cohortId, String supervisorEmail, LocalDateTime startsAtUtc) {
    }

    /** @param stored the sessions stored and not cancelled, which a file may not bring again */
    record Known(MeetingHistory.Known shared, Set<SessionKey> stored) {
    }

    private SupervisionHistoryReader() {
    }

    static ImportResult<SupervisionHistoryLine> read(String csv, Known known) {
        ImportFile file = ImportFile.read(csv, COLUMNS);
        List<SupervisionHistoryLine> lines = new ArrayList<>();
        MeetingHistory.Lines<SessionKey, Map.Entry<MeetingHistory.Meeting, SessionKind>> sessions =
                new MeetingHistory.Lines<>();
        for (ImportRow row : file.rows()) {
            SessionKind kind = row.choice("kind", SessionKind.values(), k -> k.name().toLowerCase(Locale.ROOT));
            MeetingHistory.Entry<Attendance> entry = MeetingHistory.read(row, known.shared(), SUPERVISOR,
                    SupervisionLimits.TOPIC, Attendance.values());
            if (row.isBlank("trainee_email")) {
                row.problem("history.import.required", "trainee_email");
            }
            if (row.hasProblems()) {
                continue;
            }
            MeetingHistory.Meeting meeting = entry.meeting();
            SessionKey key = new SessionKey(meeting.cohortId(), meeting.leaderEmail(), meeting.startsAtUtc());
            if (known.stored().contains(key)) {
                row.problem("supervisionImport.stored", row.raw("held_on"), row.raw("start_time"));
                continue;
            }
            if (!sessions.agree(row, key, Map.entry(meeting, kind))) {
                continue;
            }
            if (kind == SessionKind.INDIVIDUAL && sessions.listed(key) > 0) {
                row.problem("supervisionImport.individual");
                continue;
            }
            if (sessions.once(row, key, entry.traineeEmail())) {
                lines.add(new SupervisionHistoryLine(row.line(), kind, entry));
            }
        }
        return file.result(lines);
    }
}
