package org.iecmhc.lms.opendoor;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.web.CsvExportServlet;

/**
 * A session's attendance as CSV ({@code /opendoor/attendance.csv?session=40}) in the history import's columns, so a
 * file can go from one installation to another; comments stay on the pages. Whoever may open the session may export
 * it (web.xml guards /opendoor/*); another's session is a 404, as on the page.
 */
@WebServlet("/opendoor/attendance.csv")
public class AttendanceExportServlet extends CsvExportServlet<OpenDoorSession> {

    @Inject
    OpenDoorSessions sessions;

    public AttendanceExportServlet() {
        super("session", "opendoor-attendance", List.of("held_on", "title", "language", "facilitator_email",
                "provider", "worthwhile"));
    }

    @Override
    protected Optional<OpenDoorSession> find(Viewer viewer, long id) {
        return sessions.find(viewer, id);
    }

    @Override
    protected List<List<String>> lines(Viewer viewer, OpenDoorSession shown) {
        return sessions.attendance(viewer, shown.getId()).stream().map(row -> {
            OpenDoorSession session = row.getSession();
            return List.of(session.getHeldOn().toString(), session.getTitle(), session.getLanguage().code(),
                    session.getFacilitator().getEmail(), row.getProvider().getName(), yesNo(row.getSurvey().rating()));
        }).toList();
    }
}
