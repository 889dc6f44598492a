package org.iecmhc.lms.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.iecmhc.lms.platform.text.Csv;

/** A cohort's completion board as CSV (RFC 4180) for spreadsheets: one line per enrollment with every figure. */
final class CompletionCsv {

    private static final List<String> HEADERS = List.of("completion.board.trainee", "completion.board.status",
            "completion.csv.supervisionHours", "completion.csv.supervisionRequired", "completion.csv.supervisionPending",
            "completion.csv.copMeetings", "completion.csv.copRequired",
            "completion.csv.practicumHours", "completion.csv.practicumRequired", "completion.csv.practicumPending",
            "completion.csv.coursesPassed", "completion.csv.coursesRequired", "completion.csv.finalEvaluation",
            "completion.board.overall", "completion.board.certificate");

    private CompletionCsv() {
    }

    /** Headers and statuses come translated through the function given (a message key to its text). */
    static String write(List<Progress> rows, Function<String, String> text) {
        StringBuilder csv = new StringBuilder();
        Csv.appendLine(csv, HEADERS.stream().map(text).toList());
        for (Progress row : rows) {
            List<String> fields = new ArrayList<>();
            fields.add(row.getTraineeName());
            fields.add(text.apply(row.status().messageKey()));
            fields.add(Figure.plain(row.getSupervision().earned()));
            fields.add(Figure.plain(row.getSupervision().required()));
            fields.add(Figure.plain(row.getSupervision().pending()));
            fields.add(Figure.plain(row.getCop().earned()));
            fields.add(Figure.plain(row.getCop().required()));
            fields.add(Figure.plain(row.getPracticum().earned()));
            fields.add(Figure.plain(row.getPracticum().required()));
            fields.add(Figure.plain(row.getPracticum().pending()));
            fields.add(Figure.plain(row.getCourses().earned()));
            fields.add(Figure.plain(row.getCourses().required()));
            fields.add(text.apply(row.isFinalEvaluationDone() ? "action.yes" : "action.no"));
            fields.add(String.valueOf(row.overallPercent()));
            fields.add(row.certificateCode() == null ? "" : row.certificateCode());
            Csv.appendLine(csv, fields);
        }
        return csv.toString();
    }
}
