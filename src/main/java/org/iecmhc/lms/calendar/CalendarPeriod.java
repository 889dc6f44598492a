package org.iecmhc.lms.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The days one calendar page shows around a chosen day. Weeks start on Sunday, as calendars in California do in
 * both languages; a month shows whole weeks, so its first and last rows reach into the months around it.
 *
 * @param layout month, week or agenda
 * @param day    the chosen day, which the period contains
 */
public record CalendarPeriod(CalendarLayout layout, LocalDate day) {

    static final int AGENDA_DAYS = 28;
    /** Farther than anyone plans: keeps a typed address from asking for the year 999999. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /** The day a page address names (such as "2026-12-06"), when it is a real date of a year anyone plans for. */
    static Optional<LocalDate> dayNamed(String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR ? Optional.of(day) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public LocalDate first() {
        return switch (layout) {
            case MONTH -> weekStart(day.withDayOfMonth(1));
            case WEEK -> weekStart(day);
            case AGENDA -> day;
        };
    }

    public LocalDate last() {
        return switch (layout) {
            case MONTH -> weekStart(day.with(TemporalAdjusters.lastDayOfMonth())).plusDays(6);
            case WEEK -> weekStart(day).plusDays(6);
            case AGENDA -> day.plusDays(AGENDA_DAYS - 1);
        };
    }

    public CalendarPeriod previous() {
        return new CalendarPeriod(layout, shift(-1));
    }

    public CalendarPeriod next() {
        return new CalendarPeriod(layout, shift(1));
    }

    /** Every day shown, first to last. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first(); !d.isAfter(last()); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** The month grid's rows, a week each. */
    public List<List<LocalDate>> weeks() {
        List<LocalDate> days = days();
        return IntStream.range(0, days.size() / 7).mapToObj(w -> days.subList(w * 7, w * 7 + 7)).toList();
    }

    /** Whether a day of a month grid belongs to the month shown rather than to one around it. */
    public boolean inMonth(LocalDate other) {
        return other.getYear() == day.getYear() && other.getMonth() == day.getMonth();
    }

    private LocalDate shift(int direction) {
        return switch (layout) {
            case MONTH -> day.plusMonths(direction);
            case WEEK -> day.plusWeeks(direction);
            case AGENDA -> day.plusDays((long) direction * AGENDA_DAYS);
        };
    }

    private static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }
}
