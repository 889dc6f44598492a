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
     * {@code to}: plain SQL selecting the columns of {@link Row}, as {@link Columns} writes them.
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

    /**
     * A source's SQL expressions for the columns of {@link Row}, selected in the order and under the names the union of
     * all sources needs, so that no source has to repeat them. A column not given is null; a row is the person's own
     * unless {@link #ownWhen} gives the condition, as most sources read only what the person leads.
     */
    final class Columns {

        private final String id;
        private String otherId = "null";
        private String own = "1";
        private final String[] texts = {"null", "null", "null"};
        private final String[] times = {"null", "null"};
        private String minutes = "null";

        private Columns(String id) {
            this.id = id;
        }

        public static Columns id(String expression) {
            return new Columns(expression);
        }

        public Columns otherId(String expression) {
            otherId = expression;
            return this;
        }

        /** The row is the person's own when the condition holds (its {@code ?} come before those of the tables). */
        public Columns ownWhen(String condition) {
            own = "case when " + condition + " then 1 else 0 end";
            return this;
        }

        /** The first text and, if given, the second and the third. */
        public Columns texts(String... expressions) {
            System.arraycopy(expressions, 0, texts, 0, expressions.length);
            return this;
        }

        /** The first time and, if given, the second. */
        public Columns times(String... expressions) {
            System.arraycopy(expressions, 0, times, 0, expressions.length);
            return this;
        }

        public Columns minutes(String expression) {
            minutes = expression;
            return this;
        }

        /** The select of these columns from the tables and conditions given, with a parameter for each {@code ?}. */
        public Select from(String tablesAndConditions, Object... parameters) {
            return new Select("select " + id + " as id, " + otherId + " as other_id, " + own + " as own, " + texts[0]
                    + " as first_text, " + texts[1] + " as second_text, " + texts[2] + " as third_text, " + times[0]
                    + " as first_at, " + times[1] + " as second_at, " + minutes + " as minutes from "
                    + tablesAndConditions, List.of(parameters));
        }
    }
}
