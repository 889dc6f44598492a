package org.iecmhc.lms.home;

import java.time.LocalDateTime;

/**
 * Something a trainee has to do, as the home page lists it (plain columns, no entities).
 *
 * @param kindKey message key naming what kind of thing it is ("Assignment", "Returned for revision")
 * @param title   the record's own title (an assignment's, a course's), not translated
 * @param context where it belongs (a course, a placement), not translated
 * @param dateUtc when it is due, or for what has no deadline, when it came back: the list's order
 * @param dateKey message key saying what the date is, with the date as its parameter ("Due {0}")
 * @param overdue due and not done
 * @param page    the page where it is done, relative to the context root
 */
public record ToDoItem(String kindKey, String title, String context, LocalDateTime dateUtc, String dateKey,
                       boolean overdue, String page) {
}
