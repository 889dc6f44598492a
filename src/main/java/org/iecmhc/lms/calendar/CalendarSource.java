package org.iecmhc.lms.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A feature that puts meetings on people's calendars; the calendar asks every source and merges their answers. */
public interface CalendarSource {

    /** The meetings of one person (as supervisor, facilitator or attendee) on the days from {@code from} to {@code to}. */
    List<CalendarEntry> entriesFor(long accountId, Locale locale, LocalDate from, LocalDate to);
}
