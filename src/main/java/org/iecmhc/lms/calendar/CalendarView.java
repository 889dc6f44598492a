package org.iecmhc.lms.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iecmhc.lms.platform.i18n.LanguageSelection;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * The calendar page: everything dated for the signed-in person in a month, a week or a four-week list. The period
 * is named by the page address (view and date), so each one is a plain link that can be bookmarked, and moving
 * between periods needs no script.
 */
@Named
@RequestScoped
public class CalendarView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    SignedInCalendar calendar;

    @Inject
    LanguageSelection language;

    @Inject
    Clock clock;

    private String view;
    private String date;
    private boolean addressUnknown;
    private LocalDate today;
    private CalendarPeriod period;
    private List<CalendarEntry> entries;
    private Map<LocalDate, List<CalendarEntry>> byDay;

    public void load() {
        today = PacificTime.today(clock);
        CalendarLayout layout = view == null || view.isBlank() ? CalendarLayout.MONTH
                : CalendarLayout.named(view).orElseGet(this::unknownAddress);
        period = new CalendarPeriod(layout, chosenDay());
        entries = calendar.entries(period.first(), period.last());
        byDay = entries.stream().collect(Collectors.groupingBy(CalendarEntry::day, TreeMap::new, Collectors.toList()));
    }

    private LocalDate chosenDay() {
        if (date == null || date.isBlank()) {
            return today;
        }
        return CalendarPeriod.dayNamed(date).orElseGet(() -> {
            unknownAddress();
            return today;
        });
    }

    private CalendarLayout unknownAddress() {
        addressUnknown = true;
        return CalendarLayout.MONTH;
    }

    public boolean isAddressUnknown() {
        return addressUnknown;
    }

    public CalendarPeriod getPeriod() {
        return period();
    }

    /**
     * A postback (signing out, switching language) reads the page's lists before its view action runs: they are
     * loaded at the first read then, and loaded again by the action once the address's parameters are known.
     */
    private CalendarPeriod period() {
        if (period == null) {
            load();
        }
        return period;
    }

    private Map<LocalDate, List<CalendarEntry>> byDay() {
        period();
        return byDay;
    }

    private LocalDate today() {
        period();
        return today;
    }

    public List<CalendarEntry> getEntries() {
        period();
        return entries;
    }

    public List<CalendarLayout> getLayouts() {
        return List.of(CalendarLayout.values());
    }

    public List<CalendarKind> getKinds() {
        return List.of(CalendarKind.values());
    }

    public String getHeading() {
        return PeriodWording.heading(period(), locale());
    }

    public List<PeriodWording.Weekday> getWeekdays() {
        return PeriodWording.weekdays(period(), locale());
    }

    public List<List<LocalDate>> getWeeks() {
        return period().weeks();
    }

    /** The days a week or a list shows: every day of a week, only the days with something on them in a list. */
    public List<LocalDate> getListedDays() {
        return period().layout() == CalendarLayout.AGENDA ? List.copyOf(byDay().keySet()) : period().days();
    }

    public List<CalendarEntry> entriesOn(LocalDate day) {
        return byDay().getOrDefault(day, List.of());
    }

    public boolean isToday(LocalDate day) {
        return day.equals(today());
    }

    public boolean inMonth(LocalDate day) {
        return period().inMonth(day);
    }

    public String dayLabel(LocalDate day) {
        return PeriodWording.day(day, locale());
    }

    public String time(CalendarEntry entry) {
        return entry.allDay() ? Messages.text(locale(), "calendar.allDay") : TIME.format(entry.start());
    }

    /** The page address's query for a period, such as "?view=week&date=2026-12-06". */
    public String query(CalendarPeriod shown) {
        return "?view=" + shown.layout().parameter() + "&date=" + shown.day();
    }

    public String layoutQuery(CalendarLayout layout) {
        return query(new CalendarPeriod(layout, period().day()));
    }

    public String getPreviousQuery() {
        return query(period().previous());
    }

    public String getNextQuery() {
        return query(period().next());
    }

    public String getTodayQuery() {
        return query(new CalendarPeriod(period().layout(), today()));
    }

    public boolean isShowing(CalendarLayout layout) {
        return period().layout() == layout;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    private Locale locale() {
        return language.getLocale();
    }
}
