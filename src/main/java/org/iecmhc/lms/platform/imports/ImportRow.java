package org.iecmhc.lms.platform.imports;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iecmhc.lms.platform.errors.FirstProblems;
import org.iecmhc.lms.platform.text.Codes;
import org.iecmhc.lms.platform.text.Csv;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.platform.time.RecordDates;

/**
 * One line of an import file, read column by column. Each reading that fails reports its problem at this line, named
 * by its column, and answers null, so a feature reads every column and learns of every problem in one pass.
 */
public final class ImportRow {

    /** Between the values of a column that holds several, such as dates. */
    public static final String LIST_SEPARATOR = ";";

    private final Csv.Row row;
    private final Map<String, Integer> index;
    private final FirstProblems<ImportProblem> problems;
    private int ownProblems;

    ImportRow(Csv.Row row, Map<String, Integer> index, FirstProblems<ImportProblem> problems) {
        this.row = row;
        this.index = index;
        this.problems = problems;
    }

    public int line() {
        return row.line();
    }

    /** The column as typed, trimmed; empty when the line is short of it. */
    public String raw(String column) {
        return row.field(index.get(column));
    }

    public boolean isBlank(String column) {
        return raw(column).isEmpty();
    }

    public void problem(String messageKey, Serializable... args) {
        ownProblems++;
        problems.add(new ImportProblem(line(), messageKey, (Object[]) args));
    }

    /** Whether any reading of this line failed so far. */
    public boolean hasProblems() {
        return ownProblems > 0;
    }

    /** Text that may be left empty (null), no longer than the limit, on one line unless {@code multiLine}. */
    public String optionalText(String column, int limit, boolean multiLine) {
        String text = TypedText.trimmedOrNull(raw(column));
        if (!TypedText.fits(text, limit)) {
            problem("history.import.tooLong", column, limit);
            return null;
        }
        if (TypedText.hasControlCharacters(text, multiLine)) {
            problem("history.import.control", column);
            return null;
        }
        return text;
    }

    public String requiredText(String column, int limit) {
        if (isBlank(column)) {
            problem("history.import.required", column);
            return null;
        }
        return optionalText(column, limit, false);
    }

    /** A date such as 2023-09-14, in the years records may have, and not after today (California). */
    public LocalDate pastDate(String column, Clock clock) {
        return pastDate(column, raw(column), clock);
    }

    /**
     * Several such dates in one column, separated by {@value #LIST_SEPARATOR} (a comma would end the field), in the
     * order given; each bad one is reported and left out. An empty column is an empty list.
     */
    public List<LocalDate> pastDates(String column, Clock clock) {
        List<LocalDate> dates = new ArrayList<>();
        for (String text : raw(column).split(LIST_SEPARATOR)) {
            LocalDate date = text.isBlank() ? null : pastDate(column, text.trim(), clock);
            if (date != null) {
                dates.add(date);
            }
        }
        return dates;
    }

    private LocalDate pastDate(String column, String text, Clock clock) {
        LocalDate date;
        try {
            date = RecordDates.parseDate(text);
        } catch (DateTimeParseException e) {
            problem("history.import.date", column, text);
            return null;
        }
        if (!RecordDates.isWithinRange(date.getYear(), clock)) {
            problem("history.import.year", column, text, RecordDates.FIRST_YEAR, RecordDates.lastYear(clock));
            return null;
        }
        if (date.isAfter(PacificTime.today(clock))) {
            problem("history.import.future", column, text);
            return null;
        }
        return date;
    }

    /** A constant named by its code (case aside), or null with the codes allowed listed. */
    public <E extends Enum<E>> E choice(String column, E[] constants, Function<E, String> code) {
        Optional<E> found = Codes.find(constants, code, raw(column));
        if (found.isEmpty()) {
            problem("history.import.choice", column, raw(column),
                    Arrays.stream(constants).map(code).collect(Collectors.joining(", ")));
        }
        return found.orElse(null);
    }

    /** Yes or no (in English or Spanish); an empty column answers null. */
    public Boolean optionalYesNo(String column) {
        String text = raw(column);
        switch (text.toLowerCase(Locale.ROOT)) {
            case "" -> {
                return null;
            }
            case "yes", "y", "true", "1", "sí", "si" -> {
                return true;
            }
            case "no", "n", "false", "0" -> {
                return false;
            }
            default -> {
                problem("history.import.yesNo", column, text);
                return null;
            }
        }
    }

    /** A whole number from {@code min} to {@code max}; an empty column answers null. */
    public Integer optionalNumber(String column, int min, int max) {
        String text = raw(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as an out-of-range number
        }
        problem("history.import.number", column, text, min, max);
        return null;
    }
}
