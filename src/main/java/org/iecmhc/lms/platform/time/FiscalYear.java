package org.iecmhc.lms.platform.time;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iecmhc.lms.platform.time.PacificTime;

/**
 * The Network's fiscal year, July 1 to June 30, named by its two calendar years ("2023-2024"). Days are California
 * days, so a call received at 11 p.m. Pacific on June 30 still belongs to the year that ends that day.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear>, Serializable {

    /** The first year the Network reports on. */
    public static final FiscalYear FIRST = new FiscalYear(2021);

    private static final Pattern NAME = Pattern.compile("(\\d{4})-(\\d{4})");

    /** The year named "2023-2024"; empty for anything else, including "2021-2023". */
    public static Optional<FiscalYear> parse(String name) {
        Matcher matcher = NAME.matcher(name == null ? "" : name.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        return end == start + 1 ? Optional.of(new FiscalYear(start)) : Optional.empty();
    }

    public static FiscalYear of(LocalDate day) {
        return new FiscalYear(day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1);
    }

    /** The year of a stored UTC time, split at midnight Pacific on July 1 as {@link #startUtc()} is. */
    public static FiscalYear ofUtc(LocalDateTime utc) {
        return of(PacificTime.fromUtc(utc).toLocalDate());
    }

    public static FiscalYear current(Clock clock) {
        return of(PacificTime.today(clock));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 7, 1);
    }

    /** July 1 of the next fiscal year: ranges are start inclusive, end exclusive. */
    public LocalDate dayAfter() {
        return firstDay().plusYears(1);
    }

    /** The first instant of the year in UTC, for comparing with stored UTC times. */
    public LocalDateTime startUtc() {
        return PacificTime.startOfDayUtc(firstDay());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    public String name() {
        return startYear + "-" + (startYear + 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return name();
    }
}
