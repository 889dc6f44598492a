package org.iecmhc.lms.calendar;

/** What sort of thing an entry is, which the calendar page names in its legend and tells apart by colour. */
public enum CalendarKind {
    ASSIGNMENT_DUE, SUPERVISION, PRACTICE, OPEN_DOOR, SUPPORT, PRACTICUM, WEBINAR;

    public String messageKey() {
        return "calendar.kind." + name();
    }

    /** The class that colours the entry and its legend swatch (lms.css). */
    public String styleClass() {
        return "lms-cal-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
