package org.iecmhc.lms.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A feature that puts meetings on people's calendars. The calendar reads every source's query in one statement,
 * whatever the number of sources (issue 17), and asks each source to make its rows into entries.
 */
public interface CalendarSource {

    /**
     * The meetings of one person (as supervisor, facilitator or attendee) on the California days from {@code from} to
     * {@code to}: plain SQL selecting the columns of {@link Row} in their order and named
     * {@code id, other_id, own, first_text, second_text, third_text, first_at, second_at, minutes}.
     */
    Select rowsFor(long accountId, LocalDate from, LocalDate to);

    /** The entries of one row of that query on those days: usually one, none or two for a row of several dates. */
    List<CalendarEntry> entries(Row row, Locale locale, LocalDate from, LocalDate to);

    /** A {@code select} with a parameter for each {@code ?}, in order. */
    record Select(String select, List<?> parameters) {
    }

    /**
     * One row of a source's query.
     *
     * @param otherId the id of what the row belongs to (a series, a course), or null
     * @param own     whether the person leads it (supervises, facilitates, teaches) rather than attends
     * @param first   the time of the row (UTC), or a date at midnight
     * @param second  another time the source may need, or null
     * @param minutes how long it lasts, or null
     */
    record Row(long id, Long otherId, boolean own, String firstText, String secondText, String thirdText,
               LocalDateTime first, LocalDateTime second, Integer minutes) {
    }
}
