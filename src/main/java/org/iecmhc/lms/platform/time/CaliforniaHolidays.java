package org.iecmhc.lms.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * The days California state offices close, computed by rule for any year, so that nothing needs a yearly list.
 *
 * <p>Source: CalHR, "State Holidays" (the paid holidays of state employees under Government Code 19853 and the
 * bargaining agreements). Eleven days: New Year's Day, Martin Luther King Jr. Day, Presidents' Day, Cesar Chavez
 * Day, Memorial Day, Independence Day, Labor Day, Veterans Day, Thanksgiving Day, the day after Thanksgiving and
 * Christmas Day. Lincoln's Birthday and Columbus Day left the list in 2009; Native American Day (fourth Friday of
 * September) and Juneteenth are named in Government Code 6700 but state offices stay open on them, so they are not
 * here. CalHR's observance rule: a holiday on a Sunday is observed the Monday after; one on a Saturday is not moved
 * to the Friday (employees get holiday credit instead), so offices close on no weekday for it.
 */
public final class CaliforniaHolidays {

    /** Each holiday's date in a year, before the Sunday rule moves it. */
    public enum Holiday {
        NEW_YEARS_DAY(year -> LocalDate.of(year, Month.JANUARY, 1)),
        MARTIN_LUTHER_KING_JR_DAY(year -> nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY)),
        PRESIDENTS_DAY(year -> nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY)),
        CESAR_CHAVEZ_DAY(year -> LocalDate.of(year, Month.MARCH, 31)),
        MEMORIAL_DAY(year -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))),
        INDEPENDENCE_DAY(year -> LocalDate.of(year, Month.JULY, 4)),
        LABOR_DAY(year -> nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY)),
        VETERANS_DAY(year -> LocalDate.of(year, Month.NOVEMBER, 11)),
        THANKSGIVING_DAY(year -> nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY)),
        DAY_AFTER_THANKSGIVING(year -> nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY).plusDays(1)),
        CHRISTMAS_DAY(year -> LocalDate.of(year, Month.DECEMBER, 25));

        private final IntFunction<LocalDate> rule;

        Holiday(IntFunction<LocalDate> rule) {
            this.rule = rule;
        }

        public LocalDate date(int year) {
            return rule.apply(year);
        }

        /** The day offices close for it: the Monday after when it falls on a Sunday. */
        public LocalDate observed(int year) {
            LocalDate date = date(year);
            return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
        }
    }

    /** Each year's closed days once computed: an import asks for the hours of every call it reads. */
    private static final Map<Integer, Set<LocalDate>> CLOSED = new ConcurrentHashMap<>();

    private CaliforniaHolidays() {
    }

    /** The holidays of a calendar year by the day offices close for them, in date order. */
    public static Map<LocalDate, Holiday> of(int year) {
        Map<LocalDate, Holiday> days = new TreeMap<>();
        for (Holiday holiday : Holiday.values()) {
            days.put(holiday.observed(year), holiday);
        }
        return days;
    }

    /** Whether state offices are closed for a holiday on this California day (weekends aside). */
    public static boolean isHoliday(LocalDate day) {
        return CLOSED.computeIfAbsent(day.getYear(), year -> Set.copyOf(of(year).keySet())).contains(day);
    }

    /**
     * This day when state offices are open on it; otherwise the next day they are, or, when its month has none left,
     * the last one before it, so that a monthly meeting moved off a weekend or holiday stays in its month.
     */
    public static LocalDate openDayNear(LocalDate day) {
        for (LocalDate next = day; next.getMonth() == day.getMonth(); next = next.plusDays(1)) {
            if (isOpen(next)) {
                return next;
            }
        }
        LocalDate before = day.minusDays(1);
        while (!isOpen(before)) {
            before = before.minusDays(1);
        }
        return before;
    }

    private static boolean isOpen(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }
}
