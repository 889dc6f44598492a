package org.iecmhc.lms.completion;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iecmhc.lms.testsupport.TestDatabase;

/**
 * A school year (September to June) of a cohort's supervision, Community of Practice, practicum and final evaluation
 * records, written with plain JDBC into the features' own tables so that building them does not dominate a
 * benchmark. Absences, returned entries and missing evaluations follow fixed patterns, and what each trainee earned
 * is kept, so that a test can check the completion board against it.
 */
final class YearOfRecords {

    private static final LocalDate YEAR_START = LocalDate.of(2025, 9, 1);
    private static final int GROUP_SESSIONS = 10;
    private static final int GROUP_MINUTES = 120;
    private static final int INDIVIDUAL_SESSIONS = 10;
    private static final int INDIVIDUAL_MINUTES = 60;
    private static final int COP_MEETINGS = 10;
    private static final int PRACTICUM_WEEKS = 40;

    /** One trainee of the cohort: the enrollment the placement and the evaluation hang on. */
    record Trainee(long accountId, long enrollmentId) {
    }

    /** What one trainee earned by these records: minutes of supervision and practicum, CoP meetings, evaluation. */
    record Earned(int supervisionMinutes, int copMeetings, int practicumMinutes, boolean evaluated) {
    }

    private final Map<Long, int[]> earned = new HashMap<>();
    private final Map<String, Integer> rows = new HashMap<>();

    Map<String, Integer> rows() {
        return rows;
    }

    Earned earnedBy(long trainee) {
        int[] e = earned.get(trainee);
        return new Earned(e[0], e[1], e[2], e[3] == 1);
    }

    void insert(TestDatabase db, long cohort, long faculty, List<Trainee> trainees) throws SQLException {
        trainees.forEach(t -> earned.put(t.accountId(), new int[4]));
        try (Connection connection = db.dataSource().getConnection()) {
            supervision(connection, cohort, faculty, trainees);
            communityOfPractice(connection, cohort, faculty, trainees);
            practicum(connection, faculty, trainees);
            evaluations(connection, faculty, trainees);
        }
    }

    /** Monthly group sessions with the whole cohort invited, and each trainee's fortnightly individual sessions. */
    private void supervision(Connection connection, long cohort, long faculty, List<Trainee> trainees) throws SQLException {
        String session = "insert into supervision_session (cohort_id, kind, supervisor_id, starts_at, duration_minutes, topic)"
                + " values (?, ?, ?, ?, ?, ?)";
        String invitation = "insert into supervision_invitation (session_id, trainee_id, attendance) values (?, ?, ?)";
        try (PreparedStatement sessions = connection.prepareStatement(session, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement invitations = connection.prepareStatement(invitation)) {
            for (int month = 0; month < GROUP_SESSIONS; month++) {
                long id = insertReturningId(sessions, cohort, "GROUP", faculty,
                        YEAR_START.plusMonths(month).plusDays(2).atTime(17, 0), GROUP_MINUTES, "Group " + month);
                for (int t = 0; t < trainees.size(); t++) {
                    String attendance = (t + month) % 9 == 0 ? "ABSENT" : (t + month) % 13 == 0 ? "EXCUSED" : "PRESENT";
                    invite(invitations, id, trainees.get(t).accountId(), attendance, GROUP_MINUTES);
                }
            }
            for (int t = 0; t < trainees.size(); t++) {
                for (int fortnight = 0; fortnight < INDIVIDUAL_SESSIONS; fortnight++) {
                    long id = insertReturningId(sessions, cohort, "INDIVIDUAL", faculty,
                            LocalDate.of(2026, 1, 6).plusWeeks(2L * fortnight).atTime(16, 0).plusMinutes(t),
                            INDIVIDUAL_MINUTES, null);
                    invite(invitations, id, trainees.get(t).accountId(), (t + fortnight) % 7 == 0 ? "EXCUSED" : "PRESENT",
                            INDIVIDUAL_MINUTES);
                }
            }
            invitations.executeBatch();
        }
        count("supervision_session", GROUP_SESSIONS + trainees.size() * INDIVIDUAL_SESSIONS);
    }

    private void invite(PreparedStatement invitations, long session, long trainee, String attendance, int minutes)
            throws SQLException {
        invitations.setLong(1, session);
        invitations.setLong(2, trainee);
        invitations.setString(3, attendance);
        invitations.addBatch();
        count("supervision_invitation", 1);
        if ("PRESENT".equals(attendance)) {
            earned.get(trainee)[0] += minutes;
        }
    }

    /** One series of monthly meetings with attendance taken for every trainee. */
    private void communityOfPractice(Connection connection, long cohort, long faculty, List<Trainee> trainees)
            throws SQLException {
        long series;
        try (PreparedStatement insert = connection.prepareStatement("insert into practice_series (cohort_id, title,"
                + " facilitator_id) values (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, cohort);
            insert.setString(2, "Benchmark Community of Practice");
            insert.setLong(3, faculty);
            series = executeReturningId(insert);
        }
        count("practice_series", 1);
        try (PreparedStatement meetings = connection.prepareStatement("insert into practice_meeting (series_id, starts_at,"
                + " duration_minutes, topic) values (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement attendances = connection.prepareStatement("insert into practice_attendance (meeting_id,"
                     + " trainee_id, status) values (?, ?, ?)")) {
            for (int month = 0; month < COP_MEETINGS; month++) {
                meetings.setLong(1, series);
                meetings.setTimestamp(2, Timestamp.valueOf(YEAR_START.plusMonths(month).plusDays(9).atTime(18, 0)));
                meetings.setInt(3, 90);
                meetings.setString(4, "Meeting " + month);
                long meeting = executeReturningId(meetings);
                count("practice_meeting", 1);
                for (int t = 0; t < trainees.size(); t++) {
                    String status = (t + month) % 5 == 0 ? "ABSENT" : (t + month) % 11 == 0 ? "EXCUSED" : "PRESENT";
                    attendances.setLong(1, meeting);
                    attendances.setLong(2, trainees.get(t).accountId());
                    attendances.setString(3, status);
                    attendances.addBatch();
                    count("practice_attendance", 1);
                    if ("PRESENT".equals(status)) {
                        earned.get(trainees.get(t).accountId())[1]++;
                    }
                }
            }
            attendances.executeBatch();
        }
    }

    /**
     * One placement per trainee and two entries a week for forty weeks: the last four weeks still wait for review
     * and one entry in fifteen came back to the trainee.
     */
    private void practicum(Connection connection, long faculty, List<Trainee> trainees) throws SQLException {
        long provider;
        try (PreparedStatement insert = connection.prepareStatement("insert into provider (name, kind, county_fips)"
                + " values ('Benchmark Child Care Center', 'CENTER_BASED', '06001')", Statement.RETURN_GENERATED_KEYS)) {
            provider = executeReturningId(insert);
        }
        count("provider", 1);
        String entry = "insert into practicum_log_entry (placement_id, trainee_id, logged_on, starts_at, minutes, activity,"
                + " status, review_comment, reviewed_by, reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement placements = connection.prepareStatement("insert into practicum_placement (enrollment_id,"
                + " provider_id, mentor_name, start_on, end_on, status) values (?, ?, 'Bench Mentor', ?, ?, 'ACTIVE')",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement entries = connection.prepareStatement(entry)) {
            for (int t = 0; t < trainees.size(); t++) {
                Trainee trainee = trainees.get(t);
                placements.setLong(1, trainee.enrollmentId());
                placements.setLong(2, provider);
                placements.setDate(3, Date.valueOf(YEAR_START));
                placements.setDate(4, Date.valueOf(LocalDate.of(2026, 6, 30)));
                long placement = executeReturningId(placements);
                count("practicum_placement", 1);
                for (int k = 0; k < 2 * PRACTICUM_WEEKS; k++) {
                    int week = k / 2;
                    boolean monday = k % 2 == 0;
                    int minutes = 60;
                    String status = week >= PRACTICUM_WEEKS - 4 ? "SUBMITTED" : (k + t) % 15 == 0 ? "RETURNED" : "APPROVED";
                    LocalDate day = YEAR_START.plusWeeks(week).plusDays(monday ? 0 : 2);
                    entries.setLong(1, placement);
                    entries.setLong(2, trainee.accountId());
                    entries.setDate(3, Date.valueOf(day));
                    entries.setTime(4, Time.valueOf(monday ? LocalTime.of(9, 0) : LocalTime.of(10, 0)));
                    entries.setInt(5, minutes);
                    entries.setString(6, monday ? "OBSERVATION" : "REFLECTIVE_CONVERSATION");
                    entries.setString(7, status);
                    entries.setString(8, "RETURNED".equals(status) ? "Please describe what you observed." : null);
                    boolean reviewed = !"SUBMITTED".equals(status);
                    entries.setObject(9, reviewed ? faculty : null);
                    entries.setTimestamp(10, reviewed ? Timestamp.valueOf(day.plusDays(3).atTime(12, 0)) : null);
                    entries.addBatch();
                    count("practicum_log_entry", 1);
                    if ("APPROVED".equals(status)) {
                        earned.get(trainee.accountId())[2] += minutes;
                    }
                }
            }
            entries.executeBatch();
        }
    }

    /** Every tenth trainee's evaluation is still a draft; the others are submitted with a rating per competency. */
    private void evaluations(Connection connection, long faculty, List<Trainee> trainees) throws SQLException {
        long template;
        List<Long> questions = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet found = query.executeQuery("select t.id, q.id from survey_template t join survey_question q"
                     + " on q.template_id = t.id where t.purpose = 'COMPETENCY_EVALUATION' and t.default_template = true"
                     + " order by q.sort_order")) {
            long id = 0;
            while (found.next()) {
                id = found.getLong(1);
                questions.add(found.getLong(2));
            }
            template = id;
        }
        try (PreparedStatement evaluations = connection.prepareStatement("insert into competency_evaluation (enrollment_id,"
                + " template_id, author_id, status, recommendation, narrative, updated_on, submitted_on)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement ratings = connection.prepareStatement("insert into competency_rating (evaluation_id,"
                     + " question_id, rating) values (?, ?, ?)")) {
            for (int t = 0; t < trainees.size(); t++) {
                boolean submitted = t % 10 != 9;
                Date on = Date.valueOf(LocalDate.of(2026, 6, 1));
                evaluations.setLong(1, trainees.get(t).enrollmentId());
                evaluations.setLong(2, template);
                evaluations.setLong(3, faculty);
                evaluations.setString(4, submitted ? "SUBMITTED" : "DRAFT");
                evaluations.setString(5, submitted ? "RECOMMENDED" : null);
                evaluations.setString(6, "Works well with providers and families.");
                evaluations.setDate(7, on);
                evaluations.setDate(8, submitted ? on : null);
                long evaluation = executeReturningId(evaluations);
                count("competency_evaluation", 1);
                if (submitted) {
                    earned.get(trainees.get(t).accountId())[3] = 1;
                    for (long question : questions) {
                        ratings.setLong(1, evaluation);
                        ratings.setLong(2, question);
                        ratings.setInt(3, 3 + (t + (int) question) % 3);
                        ratings.addBatch();
                        count("competency_rating", 1);
                    }
                }
            }
            ratings.executeBatch();
        }
    }

    private static long insertReturningId(PreparedStatement sessions, long cohort, String kind, long supervisor,
                                          LocalDateTime startsAtUtc, int minutes, String topic) throws SQLException {
        sessions.setLong(1, cohort);
        sessions.setString(2, kind);
        sessions.setLong(3, supervisor);
        sessions.setTimestamp(4, Timestamp.valueOf(startsAtUtc));
        sessions.setInt(5, minutes);
        sessions.setString(6, topic);
        return executeReturningId(sessions);
    }

    private static long executeReturningId(PreparedStatement insert) throws SQLException {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private void count(String table, int added) {
        rows.merge(table, added, Integer::sum);
    }
}
