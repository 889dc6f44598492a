package org.iecmhc.lms.platform.time;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.iecmhc.lms.platform.errors.InputRejected;

/** A range of whole fiscal years, both ends included, such as 2021-2022 through 2023-2024. */
public record FiscalYears(FiscalYear from, FiscalYear to) implements Serializable {

    public FiscalYears {
        if (from.compareTo(to) > 0) {
            throw new InputRejected("from", "reports.fiscalYear.fromAfterTo");
        }
    }

    /** Reads the two names as people and API callers type them; the field names say which one is wrong. */
    public static FiscalYears parse(String from, String to) {
        FiscalYear first = FiscalYear.parse(from).orElseThrow(() -> new InputRejected("from", "reports.fiscalYear.unknown"));
        FiscalYear last = FiscalYear.parse(to).orElseThrow(() -> new InputRejected("to", "reports.fiscalYear.unknown"));
        return new FiscalYears(first, last);
    }

    /**
     * As {@link #parse}, a missing end meaning 2021-2022 and through the current fiscal year. Only years that can
     * hold records are accepted, from the Network's first through the next one (placements and sessions are planned
     * ahead): every year of a range costs queries, so "0000-0001 to 9998-9999" is refused rather than run.
     */
    public static FiscalYears parseOrDefault(String from, String to, Clock clock) {
        FiscalYears years = parse(from == null || from.isBlank() ? FiscalYear.FIRST.name() : from,
                to == null || to.isBlank() ? FiscalYear.current(clock).name() : to);
        FiscalYear last = FiscalYear.current(clock).next();
        requireReported(years.from, last, "from");
        requireReported(years.to, last, "to");
        return years;
    }

    private static void requireReported(FiscalYear year, FiscalYear last, String field) {
        if (year.compareTo(FiscalYear.FIRST) < 0 || year.compareTo(last) > 0) {
            throw new InputRejected(field, "reports.fiscalYear.outOfRange");
        }
    }

    public LocalDate firstDay() {
        return from.firstDay();
    }

    public LocalDate dayAfter() {
        return to.dayAfter();
    }

    public LocalDateTime startUtc() {
        return from.startUtc();
    }

    public LocalDateTime endUtc() {
        return to.next().startUtc();
    }

    public List<FiscalYear> years() {
        List<FiscalYear> years = new ArrayList<>();
        for (FiscalYear year = from; year.compareTo(to) <= 0; year = year.next()) {
            years.add(year);
        }
        return years;
    }
}
