package org.iecmhc.lms.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.imports.ImportRow;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.text.Csv;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.web.Download;

/**
 * A series' enrollments and attendance as CSV ({@code /support/attendance.csv?series=12}) in the history import's
 * columns, one line per enrolled provider, so a file can go from one installation to another; comments stay on the
 * pages. The start and length are the first session's. Whoever may open the series may export it (web.xml guards
 * /support/*); another's series is a 404, as on the page.
 */
@WebServlet("/support/attendance.csv")
public class SeriesAttendanceExportServlet extends HttpServlet {

    private static final List<String> COLUMNS = List.of("title", "language", "facilitator_email", "session_dates",
            "start_time", "minutes", "provider", "attended", "highly_valuable");

    @Inject
    CommunitiesOfSupport communities;

    @Inject
    CurrentViewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SupportSeries> shown = Download.id(request.getParameter("series"))
                .flatMap(id -> communities.find(viewer.get(), id));
        if (shown.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SupportSeries series = shown.get();
        List<MeetingTime> sessions = communities.sessions(viewer.get(), series.getId()).stream()
                .map(s -> s.getSlot().meetingTime()).toList();
        Map<Long, List<LocalDate>> attended = communities.attendance(viewer.get(), series.getId()).stream()
                .collect(Collectors.groupingBy(a -> a.getEnrollment().getId(),
                        Collectors.mapping(a -> a.getSession().getSlot().meetingTime().date(), Collectors.toList())));
        StringBuilder csv = new StringBuilder();
        Csv.appendLine(csv, COLUMNS);
        for (SupportEnrollment enrollment : communities.enrollments(viewer.get(), series.getId())) {
            Boolean highlyValuable = enrollment.getSurvey().rating();
            Csv.appendLine(csv, List.of(series.getTitle(), series.getLanguage().code(),
                    series.getFacilitator().getEmail(), dates(sessions.stream().map(MeetingTime::date).toList()),
                    sessions.isEmpty() ? "" : sessions.get(0).start().toString(),
                    sessions.isEmpty() ? "" : String.valueOf(sessions.get(0).minutes()),
                    enrollment.getProvider().getName(), dates(attended.getOrDefault(enrollment.getId(), List.of())),
                    highlyValuable == null ? "" : highlyValuable ? "yes" : "no"));
        }
        Download.send(response, "text/csv; charset=UTF-8", "support-attendance-" + series.getId() + ".csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String dates(List<LocalDate> dates) {
        return dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(ImportRow.LIST_SEPARATOR));
    }
}
