package org.iecmhc.lms.calendar;

import java.time.LocalDateTime;

/**
 * Something on a person's calendar: a supervision session, a Community of Practice meeting.
 *
 * @param uid     stable across changes of the same meeting, so calendar programs update it rather than add a copy
 * @param title   already in the person's language
 * @param start   wall-clock time in California
 * @param minutes how long it lasts
 * @param page    the application page about it, relative to the context root, or null
 */
public record CalendarEntry(String uid, String title, LocalDateTime start, int minutes, String page) {
}
