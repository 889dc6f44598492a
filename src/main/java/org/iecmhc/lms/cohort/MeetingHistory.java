package org.iecmhc.lms.cohort;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.imports.ImportRow;
import org.iecmhc.lms.platform.time.MeetingTime;

/**
 * What the history files of Community of Practice meetings and of supervision sessions share, one line per trainee
 * at a meeting: the cohort by name, when it was (California wall clock), its topic, who led it, and a trainee of the
 * cohort matched by e-mail with their attendance. Each feature reads its own columns beside these and says what
 * makes lines one meeting; both export their attendance in the same columns, so a file goes back in as it came out.
 */
public final class MeetingHistory {

    public static final List<String> COLUMNS = List.of("cohort", "held_on", "start_time", "minutes", "topic",
            "trainee_email", "attendance");

    /** How an export writes the start, and the shortest form an import accepts (9:05 as well as 09:05). */
    public static final DateTimeFormatter START = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TYPED_START = DateTimeFormatter.ofPattern("H:mm");

    /**
     * What the database knows, handed in so that reading needs none.
     *
     * @param cohorts  cohort ids by lower-case name
     * @param names    cohort names by id, as stored
     * @param trainees for each cohort, the account ids of the trainees who may attend its meetings, by e-mail
     * @param mayLead  whether the account of this e-mail may lead meetings in the cohort of this id
     */
    public record Known(Map<String, Long> cohorts, Map<Long, String> names, Map<Long, Map<String, Long>> trainees,
                        BiPredicate<Long, String> mayLead, Clock clock) {
    }

    /** A meeting as one line gives it; lines that give the same one are that meeting's attendance. */
    public record Meeting(long cohortId, String cohort, MeetingTime when, String topic, String leaderEmail)
            implements Serializable {

        public LocalDateTime startsAtUtc() {
            return when.startsAtUtc();
        }
    }

    /** One line's shared columns: the trainee and attendance are null on a line listing nobody at the meeting. */
    public record Entry<E extends Enum<E>>(Meeting meeting, Long traineeId, String traineeEmail, E attendance)
            implements Serializable {
    }

    private MeetingHistory() {
    }

    /** The columns of a file in the order its sample has them: the cohort, the feature's own, then who led it. */
    public static List<String> columns(String leaderColumn, String... own) {
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.addAll(1, List.of(own));
        columns.add(1 + own.length, leaderColumn);
        return List.copyOf(columns);
    }

    /** One line of an export in the order of {@link #columns}; a meeting nobody is listed at has no trainee. */
    public static List<String> line(String cohort, List<String> own, String leaderEmail, MeetingTime when,
                                    String topic, String traineeEmail, Enum<?> attendance) {
        List<String> line = new ArrayList<>(List.of(cohort));
        line.addAll(own);
        line.addAll(List.of(leaderEmail, when.date().toString(), when.start().format(START),
                String.valueOf(when.minutes()), topic == null ? "" : topic, traineeEmail == null ? "" : traineeEmail,
                attendance == null ? "" : attendance.name().toLowerCase(Locale.ROOT)));
        return line;
    }

    /**
     * Reads the shared columns of a line, each problem reported at the line; what is read is only to be used when
     * the line has none. A meeting must have begun: attendance is only ever taken at meetings that did.
     */
    public static <E extends Enum<E>> Entry<E> read(ImportRow row, Known known, String leaderColumn, int topicLimit,
                                                    E[] attendanceCodes) {
        Long cohortId = known.cohorts().get(row.raw("cohort").toLowerCase(Locale.ROOT));
        if (cohortId == null) {
            row.problem("meetingImport.cohort", row.raw("cohort"));
        }
        MeetingTime when = when(row, known.clock());
        String topic = row.optionalText("topic", topicLimit, false);
        String leader = Account.normalizeEmail(row.raw(leaderColumn));
        if (cohortId != null && !known.mayLead().test(cohortId, leader)) {
            row.problem("meetingImport.leader", leaderColumn, row.raw(leaderColumn), row.raw("cohort"));
        }
        String traineeEmail = Account.normalizeEmail(row.raw("trainee_email"));
        Long traineeId = null;
        if (!traineeEmail.isEmpty() && cohortId != null) {
            traineeId = known.trainees().getOrDefault(cohortId, Map.of()).get(traineeEmail);
            if (traineeId == null) {
                row.problem("meetingImport.trainee", row.raw("trainee_email"), row.raw("cohort"));
            }
        }
        E attendance = row.isBlank("attendance") ? null
                : row.choice("attendance", attendanceCodes, code -> code.name().toLowerCase(Locale.ROOT));
        if (traineeEmail.isEmpty() && !row.isBlank("attendance")) {
            row.problem("meetingImport.attendanceWithoutTrainee");
        }
        Meeting meeting = cohortId == null || when == null ? null
                : new Meeting(cohortId, known.names().get(cohortId), when, topic, leader);
        return new Entry<>(meeting, traineeId, traineeEmail.isEmpty() ? null : traineeEmail, attendance);
    }

    private static MeetingTime when(ImportRow row, Clock clock) {
        LocalDate date = row.pastDate("held_on", clock);
        LocalTime start = null;
        try {
            start = LocalTime.parse(row.raw("start_time"), TYPED_START);
        } catch (DateTimeParseException e) {
            row.problem("meetingImport.startTime", row.raw("start_time"));
        }
        Integer minutes = row.isBlank("minutes") ? null : row.optionalNumber("minutes", 1, MeetingTime.MAX_MINUTES);
        if (row.isBlank("minutes")) {
            row.problem("history.import.required", "minutes");
        }
        if (date == null || start == null || minutes == null) {
            return null;
        }
        MeetingTime when = new MeetingTime(date, start, minutes);
        if (when.startsAtUtc().isAfter(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))) {
            row.problem("meetingImport.notBegun", row.raw("held_on"), row.raw("start_time"));
        }
        return when;
    }

    /**
     * The lines of one file that give the same meeting: the first line's description of it stands, a later line
     * describing it otherwise is refused, and so is a trainee listed twice at it.
     *
     * @param <K> what makes lines one meeting in the feature
     * @param <D> what those lines must then agree on
     */
    public static final class Lines<K, D> {

        private final Map<K, Map.Entry<Integer, D>> meetings = new HashMap<>();
        private final Map<K, Map<String, Integer>> trainees = new HashMap<>();

        /** Whether the line agrees with the first one giving this meeting (true for that first line itself). */
        public boolean agree(ImportRow row, K meeting, D description) {
            Map.Entry<Integer, D> first = meetings.putIfAbsent(meeting, Map.entry(row.line(), description));
            if (first != null && !Objects.equals(first.getValue(), description)) {
                row.problem("meetingImport.differs", first.getKey());
                return false;
            }
            return true;
        }

        /** Whether the trainee is listed at this meeting for the first time; a line listing nobody always is. */
        public boolean once(ImportRow row, K meeting, String traineeEmail) {
            if (traineeEmail == null) {
                return true;
            }
            Integer earlier = trainees.computeIfAbsent(meeting, m -> new HashMap<>()).putIfAbsent(traineeEmail, row.line());
            if (earlier != null) {
                row.problem("meetingImport.twice", traineeEmail, earlier);
                return false;
            }
            return true;
        }

        /** How many trainees the file lists at the meeting so far. */
        public int listed(K meeting) {
            return trainees.getOrDefault(meeting, Map.of()).size();
        }
    }
}
