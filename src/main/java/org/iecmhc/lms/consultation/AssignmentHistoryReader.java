package org.iecmhc.lms.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.counties.CountyLookup;
import org.iecmhc.lms.platform.imports.ImportFile;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.platform.imports.ImportRow;
import org.iecmhc.lms.provider.ProviderLookup;
import org.iecmhc.lms.survey.SurveyAnswer;

/**
 * Reads a file of past consultation assignments, one line each, and finds every problem before anything is stored.
 * Knows nothing of the database: what it must know is handed in.
 */
final class AssignmentHistoryReader {

    static final List<String> COLUMNS = List.of("provider", "county", "consultant_email", "level", "modality",
            "start_on", "end_on", "status", "children_benefiting", "staff_influenced", "worthwhile", "comments",
            "consent_to_quote");

    /** The consultants' e-mails, the registry, the counties, and the assignments already stored. */
    record Known(Set<String> consultants, ProviderLookup providers, CountyLookup counties,
                 Set<AssignmentHistoryLine.Key> stored, Clock clock) {
    }

    private AssignmentHistoryReader() {
    }

    static ImportResult<AssignmentHistoryLine> read(String csv, Known known) {
        ImportFile file = ImportFile.read(csv, COLUMNS);
        List<AssignmentHistoryLine> lines = new ArrayList<>();
        Map<AssignmentHistoryLine.Key, Integer> firstLine = new HashMap<>();
        for (ImportRow row : file.rows()) {
            Long providerId = known.providers().read(row, "provider");
            Optional<County> county = known.counties().find(row.raw("county"));
            if (county.isEmpty()) {
                row.problem("consultationImport.county", row.raw("county"));
            } else if (providerId != null && !county.get().getFips().equals(known.providers().countyFips(providerId))) {
                row.problem("consultationImport.countyOfProvider", row.raw("county"), row.raw("provider"),
                        known.counties().find(known.providers().countyFips(providerId)).map(County::getName).orElse(""));
            }
            String consultant = Account.normalizeEmail(row.raw("consultant_email"));
            if (!known.consultants().contains(consultant)) {
                row.problem("consultationImport.consultant", row.raw("consultant_email"));
            }
            ConsultationLevel level = row.choice("level", ConsultationLevel.values(), AssignmentHistoryReader::code);
            Modality modality = row.choice("modality", Modality.values(), AssignmentHistoryReader::code);
            LocalDate startOn = row.pastDate("start_on", known.clock());
            LocalDate endOn = row.isBlank("end_on") ? null : row.pastDate("end_on", known.clock());
            AssignmentStatus status = row.choice("status", AssignmentStatus.values(), AssignmentHistoryReader::code);
            Integer children = count(row, "children_benefiting");
            Integer staff = count(row, "staff_influenced");
            SurveyAnswer answer = answer(row, status);
            if (status == AssignmentStatus.CLOSED && row.isBlank("end_on")) {
                row.problem("consultationImport.endOnToClose");
            }
            if (startOn != null && endOn != null && endOn.isBefore(startOn)) {
                row.problem("consultationImport.endBeforeStart", row.raw("end_on"), row.raw("start_on"));
            }
            if (row.hasProblems()) {
                continue;
            }
            AssignmentHistoryLine.Key key = new AssignmentHistoryLine.Key(consultant, providerId, startOn);
            if (known.stored().contains(key)) {
                row.problem("consultationImport.stored", row.raw("provider"), row.raw("start_on"));
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(key, row.line());
            if (earlier != null) {
                row.problem("consultationImport.twice", earlier);
                continue;
            }
            lines.add(new AssignmentHistoryLine(row.line(), key, row.raw("provider"), level, modality, endOn, status,
                    children, staff, answer));
        }
        return file.result(lines);
    }

    /** Children and staff are counted, never named; the count is required, as on the assignment's page. */
    private static Integer count(ImportRow row, String column) {
        if (row.isBlank(column)) {
            row.problem("history.import.required", column);
            return null;
        }
        return row.optionalNumber(column, 0, ConsultationLimits.COUNT);
    }

    /** The provider answers when the assignment closes, so only a closed one carries an answer. */
    private static SurveyAnswer answer(ImportRow row, AssignmentStatus status) {
        Boolean worthwhile = row.optionalYesNo("worthwhile");
        String comments = row.optionalText("comments", ConsultationLimits.SURVEY_COMMENTS, true);
        Boolean consent = row.optionalYesNo("consent_to_quote");
        if (status != null && status != AssignmentStatus.CLOSED
                && (worthwhile != null || comments != null || consent != null)) {
            row.problem("consultationImport.answerNotClosed");
        }
        return new SurveyAnswer(worthwhile, comments, Boolean.TRUE.equals(consent), false);
    }

    private static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
