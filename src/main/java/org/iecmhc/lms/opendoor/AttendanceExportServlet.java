package org.iecmhc.lms.opendoor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.text.Csv;
import org.iecmhc.lms.platform.web.Download;

/**
 * A session's attendance as CSV ({@code /opendoor/attendance.csv?session=40}) in the history import's columns, so a
 * file can go from one installation to another; comments stay on the pages. Whoever may open the session may export
 * it (web.xml guards /opendoor/*); another's session is a 404, as on the page.
 */
@WebServlet("/opendoor/attendance.csv")
public class AttendanceExportServlet extends HttpServlet {

    private static final List<String> COLUMNS = List.of("held_on", "title", "language", "facilitator_email",
            "provider", "worthwhile");

    @Inject
    OpenDoorSessions sessions;

    @Inject
    CurrentViewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<OpenDoorSession> shown = Download.id(request.getParameter("session"))
                .flatMap(id -> sessions.find(viewer.get(), id));
        if (shown.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<OpenDoorAttendance> attendance = sessions.attendance(viewer.get(), shown.get().getId());
        StringBuilder csv = new StringBuilder();
        Csv.appendLine(csv, COLUMNS);
        for (OpenDoorAttendance row : attendance) {
            OpenDoorSession session = row.getSession();
            Boolean worthwhile = row.getSurvey().rating();
            Csv.appendLine(csv, List.of(session.getHeldOn().toString(), session.getTitle(),
                    session.getLanguage().code(), session.getFacilitator().getEmail(), row.getProvider().getName(),
                    worthwhile == null ? "" : worthwhile ? "yes" : "no"));
        }
        Download.send(response, "text/csv; charset=UTF-8", "opendoor-attendance-" + shown.get().getId() + ".csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
