package org.iecmhc.lms.supervision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.cohort.MeetingHistory;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.text.Csv;
import org.iecmhc.lms.platform.web.Download;

/**
 * A session's attendance as CSV ({@code /supervision/attendance.csv?session=12}) in the history import's columns, a
 * line per trainee invited. Attendance only: confidential notes never leave the pages of their author and trainee.
 * Whoever may run the session may export it (its supervisor, administrators); anyone else gets a 404, as on the page.
 */
@WebServlet("/supervision/attendance.csv")
public class SupervisionAttendanceExportServlet extends HttpServlet {

    @Inject
    ReflectiveSupervision supervision;

    @Inject
    CurrentViewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer who = viewer.get();
        Optional<SupervisionSession> shown = Download.id(request.getParameter("session"))
                .flatMap(id -> supervision.find(who, id));
        if (shown.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SupervisionSession session = shown.get();
        StringBuilder csv = new StringBuilder();
        Csv.appendLine(csv, SupervisionHistoryReader.COLUMNS);
        for (Invitation invitation : supervision.invitations(who, session.getId())) {
            Csv.appendLine(csv, MeetingHistory.line(session.getCohort().getName(),
                    List.of(session.getKind().name().toLowerCase(Locale.ROOT)), session.getSupervisor().getEmail(),
                    session.getSlot().meetingTime(), session.getTopic(), invitation.getTrainee().getEmail(),
                    invitation.getAttendance()));
        }
        Download.send(response, "text/csv; charset=UTF-8", "supervision-attendance-" + session.getId() + ".csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
