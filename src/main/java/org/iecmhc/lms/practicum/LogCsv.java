package org.iecmhc.lms.practicum;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.iecmhc.lms.platform.text.Csv;

/** A practicum log as CSV (UTF-8) for the trainee's own records, with translated headers, activities and states. */
final class LogCsv {

    private static final List<String> HEADERS = List.of("practicum.entry.loggedOn", "practicum.entry.startsAt",
            "practicum.entry.endsAt", "practicum.entry.minutes", "practicum.entry.activity", "practicum.entry.status",
            "practicum.entry.note", "practicum.entry.comment");

    private LogCsv() {
    }

    static String write(List<LogEntry> entries, Function<String, String> text) {
        StringBuilder csv = new StringBuilder();
        Csv.appendLine(csv, HEADERS.stream().map(text).toList());
        for (LogEntry e : entries) {
            Csv.appendLine(csv, Arrays.asList(e.getLoggedOn().toString(), e.getStartsAt().toString(),
                    e.getEndsAt().toString(), String.valueOf(e.getMinutes()), text.apply(e.getActivity().messageKey()),
                    text.apply(e.getStatus().messageKey()), e.getNote(), e.getReviewComment()));
        }
        return csv.toString();
    }
}
