package org.iecmhc.lms.home;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A feature that gives a trainee something to do (hand in work, answer an evaluation, correct a log entry); the
 * to-do list asks every source and merges their answers. Each kind of item costs one query, whatever its number.
 */
public interface ToDoSource {

    /** The trainee's open items as of {@code nowUtc}, soonest first, at most {@code max}. */
    List<ToDoItem> itemsFor(long traineeId, LocalDateTime nowUtc, int max);

    /** How many open items the trainee has in all; asked only when {@link #itemsFor} filled its bound. */
    long countFor(long traineeId, LocalDateTime nowUtc);
}
