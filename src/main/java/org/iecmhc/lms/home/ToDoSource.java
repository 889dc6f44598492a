package org.iecmhc.lms.home;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A feature that gives a trainee something to do (hand in work, answer an evaluation, correct a log entry); the
 * to-do list reads every source's query in one statement, whatever the number of sources and items (issue 17), and
 * asks each source to make its rows into items.
 */
public interface ToDoSource {

    /**
     * The trainee's open items as of {@code nowUtc}: plain SQL selecting the columns of {@link Row} in their order and
     * named {@code id, title, context, first_at, second_at}; the list keeps the first by {@code first_at, id}.
     */
    Select openItems(long traineeId, LocalDateTime nowUtc);

    /** The item of one row of that query. */
    ToDoItem item(Row row, LocalDateTime nowUtc);

    /** A {@code select} with a parameter for each {@code ?}, in order. */
    record Select(String select, List<?> parameters) {
    }

    /**
     * One row of a source's query.
     *
     * @param first  the time that orders the source's items, or a date at midnight
     * @param second another time the source may need, or null
     */
    record Row(long id, String title, String context, LocalDateTime first, LocalDateTime second) {
    }
}
