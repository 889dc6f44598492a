package org.iecmhc.lms.calendar;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page's "Upcoming" panel: the signed-in person's next meetings. */
@Named
@RequestScoped
public class UpcomingView {

    @Inject
    SignedInCalendar calendar;

    private List<CalendarEntry> entries;

    public List<CalendarEntry> getEntries() {
        if (entries == null) {
            entries = calendar.upcoming();
        }
        return entries;
    }
}
