package org.iecmhc.lms.practicum;

import java.util.List;
import java.util.function.Function;

import org.iecmhc.lms.platform.text.CsvWriter;

/** A practicum log as CSV (UTF-8) for the trainee's own records, with translated headers, activities and states. */
final class LogCsv {

    private static final List<String> HEADERS = List.of("practicum.entry.loggedOn", "practicum.entry.startsAt",
            "practicum.entry.endsAt", "practicum.entry.minutes", "practicum.entry.activity", "practicum.entry.status",
            "practicum.entry.note", "practicum.entry.comment");

    private LogCsv() {
    }

    static String write(List<LogEntry> entries, Function<String, String> text) {
        StringBuilder csv = new StringBuilder(CsvWriter.line(HEADERS.stream().map(text).toList()));
        for (LogEntry e : entries) {
            csv.append(CsvWriter.line(java.util.Arrays.asList(e.getLoggedOn().toString(), e.getStartsAt().toString(),
                    e.getEndsAt().toString(), String.valueOf(e.getMinutes()), text.apply(e.getActivity().messageKey()),
                    text.apply(e.getStatus().messageKey()), e.getNote(), e.getReviewComment())));
        }
        return csv.toString();
    }
}
