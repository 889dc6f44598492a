package org.iecmhc.lms.opendoor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.imports.ImportFile;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.platform.imports.ImportRow;
import org.iecmhc.lms.provider.ProviderLookup;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.survey.SurveyAnswer;

/**
 * Reads a file of past Open-Door sessions, one line per attendance (or per session nobody is recorded at), and finds
 * every problem before anything is stored. Knows nothing of the database: what it must know is handed in.
 */
final class OpenDoorHistoryReader {

    static final List<String> COLUMNS = List.of("held_on", "title", "language", "facilitator_email", "provider",
            "worthwhile", "comments", "consent_to_quote");

    /** The consultants' e-mails, the registry, and the sessions already stored, which a file may not bring again. */
    record Known(Set<String> consultants, ProviderLookup providers, Set<OpenDoorHistoryLine.Session> stored,
                 Clock clock) {
    }

    private OpenDoorHistoryReader() {
    }

    static ImportResult<OpenDoorHistoryLine> read(String csv, Known known) {
        ImportFile file = ImportFile.read(csv, COLUMNS);
        List<OpenDoorHistoryLine> lines = new ArrayList<>();
        Map<OpenDoorHistoryLine.Session, Map<Long, Integer>> firstLineOfProvider = new HashMap<>();
        for (ImportRow row : file.rows()) {
            LocalDate heldOn = row.pastDate("held_on", known.clock());
            String title = row.requiredText("title", OpenDoorLimits.TITLE);
            ServiceLanguage language = row.choice("language", ServiceLanguage.values(), ServiceLanguage::code);
            String facilitator = Account.normalizeEmail(row.raw("facilitator_email"));
            if (!known.consultants().contains(facilitator)) {
                row.problem("history.opendoor.facilitator", row.raw("facilitator_email"));
            }
            Long providerId = row.isBlank("provider") ? null : known.providers().read(row, "provider");
            SurveyAnswer answer = answer(row);
            if (row.hasProblems()) {
                continue;
            }
            OpenDoorHistoryLine.Session session = new OpenDoorHistoryLine.Session(heldOn, title, language, facilitator);
            if (known.stored().contains(session)) {
                row.problem("history.opendoor.stored", row.raw("held_on"), title);
                continue;
            }
            if (providerId != null) {
                Integer earlier = firstLineOfProvider.computeIfAbsent(session, s -> new HashMap<>())
                        .putIfAbsent(providerId, row.line());
                if (earlier != null) {
                    row.problem("history.opendoor.twice", row.raw("provider"), earlier);
                    continue;
                }
            }
            lines.add(new OpenDoorHistoryLine(row.line(), session, providerId, row.raw("provider"), answer));
        }
        return file.result(lines);
    }

    /** A line naming no provider records a session nobody is listed at, so it carries no answer either. */
    private static SurveyAnswer answer(ImportRow row) {
        Boolean worthwhile = row.optionalYesNo("worthwhile");
        String comments = row.optionalText("comments", OpenDoorLimits.COMMENTS, true);
        Boolean consent = row.optionalYesNo("consent_to_quote");
        if (row.isBlank("provider") && (worthwhile != null || comments != null || consent != null)) {
            row.problem("history.opendoor.answerWithoutProvider");
        }
        return new SurveyAnswer(worthwhile, comments, Boolean.TRUE.equals(consent), false);
    }
}
