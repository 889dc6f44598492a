package org.iecmhc.lms.calendar;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.LanguageSelection;

/** The home page's "Upcoming" panel: the signed-in person's next meetings, dated in their language. */
@Named
@RequestScoped
public class UpcomingView {

    /** Made once: a pattern is parsed anew by every ofPattern call, for each entry of each page. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    SignedInCalendar calendar;

    @Inject
    LanguageSelection language;

    private List<CalendarEntry> entries;

    public List<CalendarEntry> getEntries() {
        if (entries == null) {
            entries = calendar.upcoming();
        }
        return entries;
    }

    /** Such as "Tuesday, December 1, 2026 · 10:00" or "martes, 1 de diciembre de 2026 · 10:00" (California time). */
    public String when(CalendarEntry entry) {
        String day = DAY.withLocale(language.getLocale()).format(entry.start());
        return entry.allDay() ? day : day + " · " + TIME.format(entry.start());
    }
}
