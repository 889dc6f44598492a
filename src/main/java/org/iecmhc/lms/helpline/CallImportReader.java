package org.iecmhc.lms.helpline;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.counties.CountyLookup;
import org.iecmhc.lms.platform.errors.FirstProblems;
import org.iecmhc.lms.platform.imports.ImportProblem;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.platform.text.Codes;
import org.iecmhc.lms.platform.text.Csv;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.platform.time.RecordDates;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * Turns a historic helpline spreadsheet (CSV) into calls to store, or into the list of every problem found.
 * Columns, in any order: {@code received_at,duration_minutes,caller_role,caller_key,county,language,topics,
 * consultation_recommended}; received_at is a Pacific local date-time, topics are separated by ';'. One reader
 * serves one import at a time: it keeps what the file's county and topic texts found.
 */
final class CallImportReader {

    static final List<String> COLUMNS = List.of("received_at", "duration_minutes", "caller_role", "caller_key", "county",
            "language", "topics", "consultation_recommended");

    private final CountyLookup counties;
    private final TopicLookup topics;
    private final Clock clock;
    /** What each county text found, and each topics text known throughout: a file repeats a few of them. */
    private final Map<String, Optional<County>> countiesByText = new HashMap<>();
    private final Map<String, List<Long>> topicIdsByText = new HashMap<>();

    CallImportReader(CountyLookup counties, TopicLookup topics, Clock clock) {
        this.counties = counties;
        this.topics = topics;
        this.clock = clock;
    }

    /** The calls read, or the first problems found and how many there are in all. */
    ImportResult<CallRecord> read(String csv) {
        List<Csv.Row> rows = Csv.read(csv);
        FirstProblems<ImportProblem> problems = new FirstProblems<>();
        if (rows.isEmpty()) {
            problems.add(new ImportProblem(1, "helpline.import.empty"));
            return new ImportResult<>(List.of(), problems);
        }
        Map<String, Integer> column = new HashMap<>();
        Csv.Row header = rows.get(0);
        for (int i = 0; i < header.fields().size(); i++) {
            column.put(header.field(i).toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new ImportProblem(header.line(), "helpline.import.columns", String.join(", ", missing)));
            return new ImportResult<>(List.of(), problems);
        }
        List<CallRecord> calls = new ArrayList<>(rows.size());
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (!row.isBlank()) {
                read(row, column, problems).ifPresent(calls::add);
            }
        }
        if (calls.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(header.line(), "helpline.import.empty"));
        }
        return new ImportResult<>(calls, problems);
    }

    private Optional<CallRecord> read(Csv.Row row, Map<String, Integer> column, FirstProblems<ImportProblem> problems) {
        int before = problems.total();
        int line = row.line();
        LocalDateTime receivedAt = receivedAt(row.field(column.get("received_at")), line, problems);
        Integer duration = duration(row.field(column.get("duration_minutes")), line, problems);
        CallerRole role = callerRole(row.field(column.get("caller_role")), line, problems);
        String callerKey = TypedText.trimmedOrNull(row.field(column.get("caller_key")));
        if (!TypedText.fits(callerKey, HelplineLimits.CALLER_KEY)) {
            problems.add(new ImportProblem(line, "helpline.import.callerKey"));
        } else if (TypedText.hasControlCharacters(callerKey, false)) {
            problems.add(new ImportProblem(line, "helpline.import.control", "caller_key"));
        }
        String countyText = row.field(column.get("county"));
        Optional<County> county = countiesByText.computeIfAbsent(countyText, counties::find);
        if (county.isEmpty()) {
            problems.add(new ImportProblem(line, "helpline.import.county", countyText));
        }
        ServiceLanguage language = language(row.field(column.get("language")), line, problems);
        List<Long> topicIds = topicIds(row.field(column.get("topics")), line, problems);
        Boolean recommended = yesNo(row.field(column.get("consultation_recommended")), line, problems);
        if (problems.total() > before) {
            return Optional.empty();
        }
        return Optional.of(new CallRecord(receivedAt, duration, role, callerKey, null, county.get().getFips(), language,
                topicIds, recommended, null, false));
    }

    private LocalDateTime receivedAt(String text, int line, FirstProblems<ImportProblem> problems) {
        LocalDateTime pacific;
        try {
            pacific = RecordDates.parseDateTime(text);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(line, "helpline.import.receivedAt", text));
            return null;
        }
        if (!RecordDates.isWithinRange(pacific.getYear(), clock)) {
            problems.add(new ImportProblem(line, "helpline.import.year", text, RecordDates.FIRST_YEAR,
                    RecordDates.lastYear(clock)));
            return null;
        }
        LocalDateTime utc = PacificTime.toUtc(pacific);
        if (CallRules.isInFuture(utc, clock)) {
            problems.add(new ImportProblem(line, "helpline.import.future", text));
            return null;
        }
        return utc;
    }

    private static Integer duration(String text, int line, FirstProblems<ImportProblem> problems) {
        try {
            int minutes = Integer.parseInt(text);
            if (CallRules.isDurationAllowed(minutes)) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as an out-of-range number
        }
        problems.add(new ImportProblem(line, "helpline.import.duration", text));
        return null;
    }

    private static CallerRole callerRole(String text, int line, FirstProblems<ImportProblem> problems) {
        try {
            return CallerRole.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(line, "helpline.import.callerRole", text));
            return null;
        }
    }

    private static ServiceLanguage language(String text, int line, FirstProblems<ImportProblem> problems) {
        Optional<ServiceLanguage> language = Codes.find(ServiceLanguage.values(), ServiceLanguage::code, text);
        if (language.isEmpty()) {
            problems.add(new ImportProblem(line, "helpline.import.language", text));
        }
        return language.orElse(null);
    }

    private List<Long> topicIds(String text, int line, FirstProblems<ImportProblem> problems) {
        List<Long> known = topicIdsByText.get(text);
        if (known != null) {
            return known;
        }
        int before = problems.total();
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<HelplineTopic> topic = topics.find(part);
            if (topic.isPresent()) {
                ids.add(topic.get().getId());
            } else {
                problems.add(new ImportProblem(line, "helpline.import.topic", part.trim()));
            }
        }
        List<Long> found = List.copyOf(ids);
        if (problems.total() == before) {
            topicIdsByText.put(text, found);
        }
        return found;
    }

    private static Boolean yesNo(String text, int line, FirstProblems<ImportProblem> problems) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "sí", "si" -> {
                return true;
            }
            case "no", "n", "false", "0" -> {
                return false;
            }
            default -> {
                problems.add(new ImportProblem(line, "helpline.import.yesNo", text));
                return null;
            }
        }
    }
}
