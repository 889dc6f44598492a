package org.iecmhc.lms.calendar;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.web.PublicAddress;

/**
 * A person's iCalendar feed at {@code /calendar/TOKEN.ics}. Calendar programs cannot sign in, so the secret token
 * is the only key (web.xml leaves {@code /calendar/} open); an unknown or revoked token is simply not found.
 */
@WebServlet("*.ics")
public class CalendarFeedServlet extends HttpServlet {

    private static final Pattern FEED = Pattern.compile("/calendar/([A-Za-z0-9_-]{20,64})\\.ics");

    @Inject
    PersonalCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    PublicAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = FEED.matcher(request.getServletPath());
        Optional<Account> owner = path.matches() ? calendar.feedOwner(path.group(1)) : Optional.empty();
        if (owner.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Account account = owner.get();
        // A one-time password opens nothing but its own change, not even a feed made before it was set.
        if (account.isPasswordChangeRequired()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var locale = account.getPreferredLanguage().locale();
        String pageBase = address.base(request);
        String document = ICalendar.write(Messages.text(locale, "calendar.feed.name", account.getDisplayName()),
                calendar.feedEntries(account.getId(), locale), pageBase, clock.instant());
        response.setContentType("text/calendar; charset=UTF-8");
        response.getWriter().write(document);
    }
}
