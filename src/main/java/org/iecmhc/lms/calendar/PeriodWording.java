package org.iecmhc.lms.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.platform.i18n.Messages;

/** How the calendar page names a period and its days in the reader's language. */
final class PeriodWording {

    /** A column heading of the month grid: the short name shown and the full one read out. */
    public record Weekday(String shortName, String fullName) {
    }

    private PeriodWording() {
    }

    /** Such as "December 2026" or "diciembre de 2026"; a week or a list names its first and last day. */
    static String heading(CalendarPeriod period, Locale locale) {
        if (period.layout() == CalendarLayout.MONTH) {
            return DateTimeFormatter.ofPattern(Messages.text(locale, "calendar.monthPattern"), locale).format(period.day());
        }
        DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return medium.format(period.first()) + " – " + medium.format(period.last());
    }

    static List<Weekday> weekdays(CalendarPeriod period, Locale locale) {
        return period.days().subList(0, 7).stream().map(LocalDate::getDayOfWeek)
                .map(d -> new Weekday(d.getDisplayName(TextStyle.SHORT, locale), d.getDisplayName(TextStyle.FULL, locale)))
                .toList();
    }

    /** Such as "Sunday, December 6, 2026" or "domingo, 6 de diciembre de 2026". */
    static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day);
    }
}
