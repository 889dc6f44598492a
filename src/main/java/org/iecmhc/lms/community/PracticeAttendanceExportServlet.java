package org.iecmhc.lms.community;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
 * A series' attendance as CSV ({@code /community/attendance.csv?series=7}) in the history import's columns, so a file
 * can go from one installation to another: a line per trainee recorded at a meeting, and one for a meeting without
 * attendance. Whoever runs the series may export it (web.xml guards /community/*); another's series is a 404.
 */
@WebServlet("/community/attendance.csv")
public class PracticeAttendanceExportServlet extends HttpServlet {

    @Inject
    CommunitiesOfPractice communities;

    @Inject
    PracticeSchedule schedule;

    @Inject
    PracticeRegister register;

    @Inject
    CurrentViewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer who = viewer.get();
        Optional<PracticeSeries> shown = Download.id(request.getParameter("series")).flatMap(id -> communities.find(who, id));
        if (shown.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PracticeSeries series = shown.get();
        Map<Long, List<MeetingAttendance>> byMeeting = register.attendanceIn(who, series.getId()).stream()
                .collect(Collectors.groupingBy(a -> a.getMeeting().getId()));
        StringBuilder csv = new StringBuilder();
        Csv.appendLine(csv, PracticeHistoryReader.COLUMNS);
        for (PracticeMeeting meeting : schedule.meetings(who, series.getId())) {
            List<MeetingAttendance> taken = byMeeting.getOrDefault(meeting.getId(), List.of());
            if (taken.isEmpty()) {
                Csv.appendLine(csv, line(series, meeting, null, null));
            }
            taken.forEach(a -> Csv.appendLine(csv, line(series, meeting, a.getTrainee().getEmail(), a.getStatus())));
        }
        Download.send(response, "text/csv; charset=UTF-8", "practice-attendance-" + series.getId() + ".csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> line(PracticeSeries series, PracticeMeeting meeting, String trainee, Attendance status) {
        return MeetingHistory.line(series.getCohort().getName(), List.of(series.getTitle()),
                series.getFacilitator().getEmail(), meeting.getSlot().meetingTime(), meeting.getTopic(), trainee, status);
    }
}
