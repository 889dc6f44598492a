package org.iecmhc.lms.offering;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.calendar.ICalendar;
import org.iecmhc.lms.platform.web.PublicAddress;

/**
 * The calendar invitation (.ics) of a registration, from the link in its mails; the signed token is the only key
 * (web.xml leaves {@code /offerings/} open). An exact mapping, so it comes before the personal feeds' {@code *.ics}.
 */
@WebServlet("/offerings/invitation.ics")
public class InvitationServlet extends HttpServlet {

    @Inject
    Registrations registrations;

    @Inject
    PublicAddress address;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Offering> offering = registrations.invitation(request.getParameter("token"));
        if (offering.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Offering o = offering.get();
        CalendarKind kind = "support".equals(o.kind()) ? CalendarKind.SUPPORT : CalendarKind.OPEN_DOOR;
        CalendarEntry entry = new CalendarEntry("offering-" + o.key() + "@iecmhc.org", kind, o.title(),
                o.getStartsAtPacific(), o.minutes(), false, "/offerings/offering.xhtml?o=" + o.key());
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"invitation.ics\"");
        response.getWriter().write(ICalendar.write(o.title(), List.of(entry), address.base(request), clock.instant()));
    }
}
