package org.iecmhc.lms.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.iecmhc.lms.cohort.MeetingHistory;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.web.CsvExportServlet;

/**
 * A series' attendance as CSV ({@code /community/attendance.csv?series=7}) in the history import's columns, so a file
 * can go from one installation to another: a line per trainee recorded at a meeting, and one for a meeting without
 * attendance. Whoever runs the series may export it (web.xml guards /community/*); another's series is a 404.
 */
@WebServlet("/community/attendance.csv")
public class PracticeAttendanceExportServlet extends CsvExportServlet<PracticeSeries> {

    @Inject
    CommunitiesOfPractice communities;

    @Inject
    PracticeSchedule schedule;

    @Inject
    PracticeRegister register;

    public PracticeAttendanceExportServlet() {
        super("series", "practice-attendance", PracticeHistoryReader.COLUMNS);
    }

    @Override
    protected Optional<PracticeSeries> find(Viewer viewer, long id) {
        return communities.find(viewer, id);
    }

    @Override
    protected List<List<String>> lines(Viewer viewer, PracticeSeries series) {
        Map<Long, List<MeetingAttendance>> byMeeting = register.attendanceIn(viewer, series.getId()).stream()
                .collect(Collectors.groupingBy(a -> a.getMeeting().getId()));
        List<List<String>> lines = new ArrayList<>();
        for (PracticeMeeting meeting : schedule.meetings(viewer, series.getId())) {
            List<MeetingAttendance> taken = byMeeting.getOrDefault(meeting.getId(), List.of());
            if (taken.isEmpty()) {
                lines.add(line(series, meeting, null, null));
            }
            taken.forEach(a -> lines.add(line(series, meeting, a.getTrainee().getEmail(), a.getStatus())));
        }
        return lines;
    }

    private static List<String> line(PracticeSeries series, PracticeMeeting meeting, String trainee, Attendance status) {
        return MeetingHistory.line(series.getCohort().getName(), List.of(series.getTitle()),
                series.getFacilitator().getEmail(), meeting.getSlot().meetingTime(), meeting.getTopic(), trainee, status);
    }
}
