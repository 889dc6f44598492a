package org.iecmhc.lms.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountRules;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.imports.ImportFile;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.platform.imports.ImportRow;

/**
 * Reads a file of a cohort's past enrollments and finds every problem before anything is stored: each line must be
 * one the enrollment rules would have let happen, so that storing it cannot fail. Knows nothing of the database.
 */
final class EnrollmentHistoryReader {

    static final List<String> COLUMNS = List.of("email", "first_name", "last_name", "preferred_language", "status",
            "enrolled_on", "ended_on", "withdrawal_reason");

    /** The cohort's dates and the e-mails already enrolled (in any status) in it. */
    record Known(LocalDate start, LocalDate end, Set<String> inCohort, Clock clock) {
    }

    private EnrollmentHistoryReader() {
    }

    static ImportResult<EnrollmentHistoryLine> read(String csv, Known known) {
        ImportFile file = ImportFile.read(csv, COLUMNS);
        List<EnrollmentHistoryLine> lines = new ArrayList<>();
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        for (ImportRow row : file.rows()) {
            String email = Account.normalizeEmail(row.raw("email"));
            if (AccountRules.emailProblem(email).isPresent()) {
                row.problem("history.enrollment.email", row.raw("email"));
            } else {
                Integer earlier = firstLineOfEmail.putIfAbsent(email, row.line());
                if (earlier != null) {
                    row.problem("history.enrollment.duplicate", email, earlier);
                } else if (known.inCohort().contains(email)) {
                    row.problem("history.enrollment.inCohort", email);
                }
            }
            String firstName = name(row, "first_name");
            String lastName = name(row, "last_name");
            Language language = row.choice("preferred_language", Language.values(), Language::code);
            EnrollmentStatus status = row.choice("status", EnrollmentStatus.values(), Enum::name);
            LocalDate enrolledOn = row.isBlank("enrolled_on") ? null : row.pastDate("enrolled_on", known.clock());
            LocalDate endedOn = row.isBlank("ended_on") ? null : row.pastDate("ended_on", known.clock());
            String reason = row.optionalText("withdrawal_reason", CohortLimits.WITHDRAWAL_REASON, true);
            if (status != null) {
                checkStatus(row, status, known, enrolledOn, endedOn, reason);
            }
            if (!row.hasProblems()) {
                lines.add(new EnrollmentHistoryLine(row.line(), email, firstName, lastName, language, status,
                        enrolledOn, endedOn, reason));
            }
        }
        return file.result(lines);
    }

    private static String name(ImportRow row, String column) {
        String name = row.raw(column);
        if (AccountRules.nameProblem(name).isPresent()) {
            row.problem("history.enrollment.name", column);
        }
        return name;
    }

    /** The dates and reason each status needs, and none it cannot have. */
    private static void checkStatus(ImportRow row, EnrollmentStatus status, Known known, LocalDate enrolledOn,
                                    LocalDate endedOn, String reason) {
        boolean ended = !status.isActive();
        if (status == EnrollmentStatus.APPLIED && !row.isBlank("enrolled_on")) {
            row.problem("history.enrollment.appliedNotEnrolled");
        }
        if (enrolledOn != null && (enrolledOn.isBefore(known.start()) || enrolledOn.isAfter(known.end()))) {
            row.problem("history.enrollment.outsideCohort", row.raw("enrolled_on"), known.start().toString(),
                    known.end().toString());
        }
        if (ended && row.isBlank("ended_on")) {
            row.problem("history.enrollment.endedOnRequired", status.name());
        } else if (!ended && !row.isBlank("ended_on")) {
            row.problem("history.enrollment.endedOnActive", status.name());
        }
        LocalDate start = enrolledOn == null ? known.start() : enrolledOn;
        boolean tookPart = status != EnrollmentStatus.WITHDRAWN || enrolledOn != null;
        if (ended && tookPart && endedOn != null && endedOn.isBefore(start)) {
            row.problem("history.enrollment.endedBeforeStart", row.raw("ended_on"), start.toString());
        }
        if (status == EnrollmentStatus.WITHDRAWN && row.isBlank("withdrawal_reason")) {
            row.problem("history.import.required", "withdrawal_reason");
        } else if (status != EnrollmentStatus.WITHDRAWN && !row.isBlank("withdrawal_reason")) {
            row.problem("history.enrollment.reasonNotWithdrawn");
        }
    }
}
