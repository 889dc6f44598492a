package org.iecmhc.lms.webinar;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.iecmhc.lms.offering.Registration;
import org.iecmhc.lms.offering.Registrations;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.platform.web.CsvExportServlet;

/**
 * A webinar's registrants and who of them attended as CSV ({@code /webinar/attendance.csv?webinar=3}), a line per
 * registration in the order of the page's list; survey comments stay on the page. Whoever may open the webinar may
 * export it (web.xml guards /webinar/*); another consultant's webinar is a 404, as on the page.
 */
@WebServlet("/webinar/attendance.csv")
public class WebinarAttendanceExportServlet extends CsvExportServlet<Webinar> {

    static final List<String> COLUMNS = List.of("title", "language", "facilitator_email", "date", "start_time",
            "minutes", "registrant", "email", "program", "registration_state", "attended", "worthwhile");

    @Inject
    Webinars webinars;

    @Inject
    Registrations registrations;

    public WebinarAttendanceExportServlet() {
        super("webinar", "webinar-attendance", COLUMNS);
    }

    @Override
    protected Optional<Webinar> find(Viewer viewer, long id) {
        return webinars.find(viewer, id);
    }

    @Override
    protected List<List<String>> lines(Viewer viewer, Webinar webinar) {
        return lines(webinar, registrations.forStaff(viewer, WebinarOfferings.KIND, webinar.getId()),
                webinars.attendance(viewer, webinar.getId()));
    }

    static List<List<String>> lines(Webinar webinar, List<Registration> registered, List<WebinarAttendance> attended) {
        Map<Long, WebinarAttendance> byRegistration = attended.stream()
                .collect(Collectors.toMap(a -> a.getRegistration().getId(), Function.identity()));
        MeetingTime when = webinar.getSlot().meetingTime();
        return registered.stream().map(registration -> {
            WebinarAttendance attendance = byRegistration.get(registration.getId());
            return List.of(webinar.getTitle(), webinar.getLanguage().code(), webinar.getFacilitator().getEmail(),
                    when.date().toString(), when.start().toString(), String.valueOf(when.minutes()),
                    registration.getName(), registration.getEmail(), registration.getProgram(),
                    registration.getState().name().toLowerCase(Locale.ROOT), yesNo(attendance != null),
                    attendance == null ? "" : yesNo(attendance.getSurvey().rating()));
        }).toList();
    }
}
