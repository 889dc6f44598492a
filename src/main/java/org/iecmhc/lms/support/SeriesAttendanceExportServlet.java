package org.iecmhc.lms.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.iecmhc.lms.platform.imports.ImportRow;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.web.CsvExportServlet;

/**
 * A series' enrollments and attendance as CSV ({@code /support/attendance.csv?series=12}) in the history import's
 * columns, one line per enrolled provider, so a file can go from one installation to another; comments stay on the
 * pages. The start and length are the first session's. Whoever may open the series may export it (web.xml guards
 * /support/*); another's series is a 404, as on the page.
 */
@WebServlet("/support/attendance.csv")
public class SeriesAttendanceExportServlet extends CsvExportServlet<SupportSeries> {

    @Inject
    CommunitiesOfSupport communities;

    public SeriesAttendanceExportServlet() {
        super("series", "support-attendance", List.of("title", "language", "facilitator_email", "session_dates",
                "start_time", "minutes", "provider", "attended", "highly_valuable"));
    }

    @Override
    protected Optional<SupportSeries> find(Viewer viewer, long id) {
        return communities.find(viewer, id);
    }

    @Override
    protected List<List<String>> lines(Viewer viewer, SupportSeries series) {
        List<MeetingTime> sessions = communities.sessions(viewer, series.getId()).stream()
                .map(s -> s.getSlot().meetingTime()).toList();
        Map<Long, List<LocalDate>> attended = communities.attendance(viewer, series.getId()).stream()
                .collect(Collectors.groupingBy(a -> a.getEnrollment().getId(),
                        Collectors.mapping(a -> a.getSession().getSlot().meetingTime().date(), Collectors.toList())));
        return communities.enrollments(viewer, series.getId()).stream().map(enrollment -> List.of(series.getTitle(),
                series.getLanguage().code(), series.getFacilitator().getEmail(),
                dates(sessions.stream().map(MeetingTime::date).toList()),
                sessions.isEmpty() ? "" : sessions.get(0).start().toString(),
                sessions.isEmpty() ? "" : String.valueOf(sessions.get(0).minutes()),
                enrollment.getProvider().getName(), dates(attended.getOrDefault(enrollment.getId(), List.of())),
                yesNo(enrollment.getSurvey().rating()))).toList();
    }

    private static String dates(List<LocalDate> dates) {
        return dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(ImportRow.LIST_SEPARATOR));
    }
}
