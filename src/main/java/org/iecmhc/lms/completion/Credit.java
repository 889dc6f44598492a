package org.iecmhc.lms.completion;

import java.time.LocalDate;

/**
 * One record of one trainee that may count toward completion, such as an attendance at a supervision session or a
 * practicum log entry. Features hand over their raw records so that the rules of what counts live in one place.
 *
 * @param traineeId the trainee's account id
 * @param amount    minutes for hour kinds, 1 for meetings, courses and the final evaluation
 * @param date      the day of the record, so that progress can be told as of a date
 */
public record Credit(long traineeId, CreditKind kind, int amount, CreditState state, LocalDate date) {
}
