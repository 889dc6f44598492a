package org.iecmhc.lms.supervision;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.iecmhc.lms.cohort.MeetingHistory;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.web.CsvExportServlet;

/**
 * A session's attendance as CSV ({@code /supervision/attendance.csv?session=12}) in the history import's columns, a
 * line per trainee invited. Attendance only: confidential notes never leave the pages of their author and trainee.
 * Whoever may run the session may export it (its supervisor, administrators); anyone else gets a 404, as on the page.
 */
@WebServlet("/supervision/attendance.csv")
public class SupervisionAttendanceExportServlet extends CsvExportServlet<SupervisionSession> {

    @Inject
    ReflectiveSupervision supervision;

    public SupervisionAttendanceExportServlet() {
        super("session", "supervision-attendance", SupervisionHistoryReader.COLUMNS);
    }

    @Override
    protected Optional<SupervisionSession> find(Viewer viewer, long id) {
        return supervision.find(viewer, id);
    }

    @Override
    protected List<List<String>> lines(Viewer viewer, SupervisionSession session) {
        return supervision.invitations(viewer, session.getId()).stream().map(invitation -> MeetingHistory.line(
                session.getCohort().getName(), List.of(session.getKind().name().toLowerCase(Locale.ROOT)),
                session.getSupervisor().getEmail(), session.getSlot().meetingTime(), session.getTopic(),
                invitation.getTrainee().getEmail(), invitation.getAttendance())).toList();
    }
}
