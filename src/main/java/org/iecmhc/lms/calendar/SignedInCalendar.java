package org.iecmhc.lms.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.iecmhc.lms.identity.SignedInAccount;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.persistence.SqlRead;

/**
 * The signed-in person's calendar, worded in the language they read the pages in: what the calendar page and the home
 * pages show. Someone not signed in has nothing on it.
 */
@RequestScoped
public class SignedInCalendar {

    @Inject
    PersonalCalendar calendar;

    @Inject
    SignedInAccount me;

    @Inject
    LanguageSelection language;

    public List<CalendarEntry> entries(LocalDate from, LocalDate to) {
        return read((id, locale) -> calendar.entries(id, locale, from, to));
    }

    public List<CalendarEntry> upcoming() {
        return read(calendar::upcoming);
    }

    /** A read not sent yet: the home page sends it with its other reads. Nothing for someone not signed in. */
    public SqlRead<List<CalendarEntry>> meetingsThisWeek() {
        return me.accountId().map(id -> calendar.meetingsThisWeek(id, language.getLocale()))
                .orElse(SqlRead.none(rows -> List.of()));
    }

    private List<CalendarEntry> read(BiFunction<Long, Locale, List<CalendarEntry>> query) {
        return me.accountId().map(id -> query.apply(id, language.getLocale())).orElse(List.of());
    }
}
