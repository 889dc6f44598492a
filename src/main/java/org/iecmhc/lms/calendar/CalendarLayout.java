package org.iecmhc.lms.calendar;

import java.util.Locale;
import java.util.Optional;

/** The three ways the calendar page shows a period: a month grid, a week of days, and a four-week list. */
public enum CalendarLayout {
    MONTH, WEEK, AGENDA;

    /** The layout a page address names (month, week, agenda), if it names one. */
    static Optional<CalendarLayout> named(String name) {
        for (CalendarLayout layout : values()) {
            if (layout.parameter().equals(name)) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "calendar.layout." + name();
    }
}
