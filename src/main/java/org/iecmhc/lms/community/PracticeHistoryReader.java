package org.iecmhc.lms.community;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.iecmhc.lms.cohort.MeetingHistory;
import org.iecmhc.lms.platform.imports.ImportFile;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.platform.imports.ImportRow;

/**
 * Reads a file of past Community of Practice meetings, one line per trainee at a meeting (or per meeting nobody is
 * listed at), and finds every problem before anything is stored. Lines of the same cohort and series title are one
 * series: a stored one, whose facilitator they must name, or a new one; lines of one series at the same start are
 * one meeting. Knows nothing of the database: what it must know is handed in.
 */
final class PracticeHistoryReader {

    static final String FACILITATOR = "facilitator_email";
    static final List<String> COLUMNS = MeetingHistory.columns(FACILITATOR, "series");

    /** A series as lines name it: its cohort and its title, case aside. */
    record SeriesKey(long cohortId, String title) {
    }

    /** A stored series: its id and its facilitator's e-mail. */
    record StoredSeries(long id, String facilitatorEmail) {
    }

    /**
     * @param series   the stored series by cohort and title (several when a cohort has two of one title)
     * @param meetings the starts (UTC) of the stored meetings of each stored series, which a file may not bring again
     */
    record Known(MeetingHistory.Known shared, Map<SeriesKey, List<StoredSeries>> series,
                 Set<Map.Entry<Long, LocalDateTime>> meetings) {
    }

    private PracticeHistoryReader() {
    }

    static ImportResult<PracticeHistoryLine> read(String csv, Known known) {
        ImportFile file = ImportFile.read(csv, COLUMNS);
        List<PracticeHistoryLine> lines = new ArrayList<>();
        MeetingHistory.Lines<SeriesKey, String> seriesLines = new MeetingHistory.Lines<>();
        MeetingHistory.Lines<Map.Entry<SeriesKey, LocalDateTime>, MeetingHistory.Meeting> meetingLines =
                new MeetingHistory.Lines<>();
        for (ImportRow row : file.rows()) {
            String title = row.requiredText("series", PracticeLimits.SERIES_TITLE);
            MeetingHistory.Entry<Attendance> entry = MeetingHistory.read(row, known.shared(), FACILITATOR,
                    PracticeLimits.MEETING_TOPIC, Attendance.values());
            if (entry.traineeId() != null && entry.attendance() == null) {
                row.problem("history.import.required", "attendance");
            }
            if (row.hasProblems()) {
                continue;
            }
            MeetingHistory.Meeting meeting = entry.meeting();
            SeriesKey seriesKey = new SeriesKey(meeting.cohortId(), title.toLowerCase(Locale.ROOT));
            List<StoredSeries> stored = known.series().getOrDefault(seriesKey, List.of());
            if (stored.size() > 1) {
                row.problem("meetingImport.seriesAmbiguous", title, meeting.cohort());
                continue;
            }
            Long seriesId = stored.isEmpty() ? null : stored.get(0).id();
            if (seriesId != null && !stored.get(0).facilitatorEmail().equals(meeting.leaderEmail())) {
                row.problem("meetingImport.seriesLed", title, stored.get(0).facilitatorEmail());
                continue;
            }
            if (seriesId != null && known.meetings().contains(Map.entry(seriesId, meeting.startsAtUtc()))) {
                row.problem("meetingImport.stored", row.raw("held_on"), row.raw("start_time"));
                continue;
            }
            Map.Entry<SeriesKey, LocalDateTime> meetingKey = Map.entry(seriesKey, meeting.startsAtUtc());
            if (seriesLines.agree(row, seriesKey, meeting.leaderEmail()) && meetingLines.agree(row, meetingKey, meeting)
                    && meetingLines.once(row, meetingKey, entry.traineeEmail())) {
                lines.add(new PracticeHistoryLine(row.line(), title, seriesId, entry));
            }
        }
        return file.result(lines);
    }
}
