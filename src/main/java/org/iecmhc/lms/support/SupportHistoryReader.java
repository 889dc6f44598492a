package org.iecmhc.lms.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.imports.ImportFile;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.platform.imports.ImportRow;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.provider.ProviderLookup;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.survey.SurveyAnswer;

/**
 * Reads a file of past Community of Support series, one line per enrolled provider (or per series nobody is recorded
 * in), and finds every problem before anything is stored. Knows nothing of the database: what it must know is handed
 * in.
 */
final class SupportHistoryReader {

    static final List<String> COLUMNS = List.of("title", "language", "facilitator_email", "session_dates",
            "start_time", "minutes", "provider", "attended", "highly_valuable", "comments", "consent_to_quote");

    /** Five years of monthly sessions: a longer list is a mistake, not a series. */
    static final int MAX_SESSIONS = 60;

    private static final ServiceLanguage[] LANGUAGES = {ServiceLanguage.EN, ServiceLanguage.ES};

    /** The consultants' e-mails, the registry, and the series already stored, which a file may not bring again. */
    record Known(Set<String> consultants, ProviderLookup providers, Set<SupportHistoryLine.Key> stored, Clock clock) {
    }

    private SupportHistoryReader() {
    }

    static ImportResult<SupportHistoryLine> read(String csv, Known known) {
        ImportFile file = ImportFile.read(csv, COLUMNS);
        List<SupportHistoryLine> lines = new ArrayList<>();
        Map<SupportHistoryLine.Key, SupportHistoryLine> firstLineOfSeries = new HashMap<>();
        Map<SupportHistoryLine.Key, Map<Long, Integer>> firstLineOfProvider = new HashMap<>();
        for (ImportRow row : file.rows()) {
            String title = row.requiredText("title", SupportLimits.TITLE);
            ServiceLanguage language = row.choice("language", LANGUAGES, ServiceLanguage::code);
            String facilitator = Account.normalizeEmail(row.raw("facilitator_email"));
            if (!known.consultants().contains(facilitator)) {
                row.problem("supportImport.facilitator", row.raw("facilitator_email"));
            }
            List<LocalDate> sessions = sessionDates(row, known.clock());
            LocalTime start = startTime(row);
            Integer minutes = row.optionalNumber("minutes", 1, MeetingTime.MAX_MINUTES);
            Long providerId = known.providers().onLine(row, "provider");
            List<LocalDate> attended = row.pastDates("attended", known.clock()).stream().distinct().toList();
            SurveyAnswer answer = answer(row);
            if (row.hasProblems()) {
                continue;
            }
            SupportHistoryLine.Series series = new SupportHistoryLine.Series(title, language, facilitator, sessions,
                    start, minutes == null ? CommunitiesOfSupport.DEFAULT_MINUTES : minutes);
            SupportHistoryLine.Key key = series.key();
            if (known.stored().contains(key)) {
                row.problem("supportImport.stored", title, series.startsOn().toString());
                continue;
            }
            SupportHistoryLine line = new SupportHistoryLine(row.line(), series, providerId, row.raw("provider"),
                    attended, answer);
            SupportHistoryLine first = firstLineOfSeries.putIfAbsent(key, line);
            if (first != null && !first.series().equals(series)) {
                row.problem("supportImport.differs", first.line());
                continue;
            }
            attended.stream().filter(day -> !sessions.contains(day))
                    .forEach(day -> row.problem("supportImport.notASession", day.toString()));
            if (providerId != null) {
                Integer earlier = firstLineOfProvider.computeIfAbsent(key, k -> new HashMap<>())
                        .putIfAbsent(providerId, row.line());
                if (earlier != null) {
                    row.problem("supportImport.twice", row.raw("provider"), earlier);
                }
            }
            if (!row.hasProblems()) {
                lines.add(line);
            }
        }
        return file.result(lines);
    }

    /** Every session of the series, in order, each date once. */
    private static List<LocalDate> sessionDates(ImportRow row, Clock clock) {
        List<LocalDate> dates = row.pastDates("session_dates", clock);
        if (row.raw("session_dates").replace(ImportRow.LIST_SEPARATOR, "").isBlank()) {
            row.problem("history.import.required", "session_dates");
        }
        if (dates.size() > MAX_SESSIONS) {
            row.problem("supportImport.tooManySessions", MAX_SESSIONS);
        }
        if (dates.stream().distinct().count() < dates.size()) {
            row.problem("supportImport.sessionTwice");
        }
        return dates.stream().sorted().toList();
    }

    /** The sessions' start on the wall clock in California; the usual evening start when the column is empty. */
    private static LocalTime startTime(ImportRow row) {
        if (row.isBlank("start_time")) {
            return CommunitiesOfSupport.DEFAULT_START;
        }
        try {
            return LocalTime.parse(row.raw("start_time"));
        } catch (DateTimeParseException e) {
            row.problem("supportImport.startTime", row.raw("start_time"));
            return null;
        }
    }

    /** A line naming no provider records a series nobody is listed in, so it carries no attendance or answer. */
    private static SurveyAnswer answer(ImportRow row) {
        Boolean highlyValuable = row.optionalYesNo("highly_valuable");
        String comments = row.optionalText("comments", SupportLimits.COMMENTS, true);
        Boolean consent = row.optionalYesNo("consent_to_quote");
        if (row.isBlank("provider") && (!row.isBlank("attended") || highlyValuable != null || comments != null
                || consent != null)) {
            row.problem("supportImport.withoutProvider");
        }
        return new SurveyAnswer(highlyValuable, comments, Boolean.TRUE.equals(consent), false);
    }
}
