package org.iecmhc.lms.privacy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.cohort.LanguageBackground;
import org.iecmhc.lms.cohort.ProfileAnswers;
import org.iecmhc.lms.cohort.RaceEthnicity;
import org.iecmhc.lms.completion.Completions;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditSource;
import org.iecmhc.lms.course.AssignmentDetails;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.course.GradeInput;
import org.iecmhc.lms.course.GradingKind;
import org.iecmhc.lms.evaluation.Answer;
import org.iecmhc.lms.evaluation.CourseAnswerCount;
import org.iecmhc.lms.evaluation.SurveyPurpose;
import org.iecmhc.lms.evaluation.SurveyQuestion;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.iecmhc.lms.testsupport.Uploads;

/**
 * A cohort with a faculty member and trainees who applied, answered their profile, handed in work with a file and
 * got feedback, built through the features' own services; and the privacy service wired by hand as CDI would.
 */
final class PrivacyFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T18:00:00Z"), ZoneOffset.UTC);

    private final TestDatabase db;
    private final Path files;
    final long cohortId;
    final long courseId;
    final long assignmentId;
    final String facultyEmail = "faculty.privacy@example.org";
    private final long facultyId;
    private long groupSessionId;
    private long meetingId;
    private long providerId;

    PrivacyFixture(TestDatabase db, Path files) {
        this.db = db;
        this.files = files;
        facultyId = db.inTransaction(em -> services(em).accounts().create(new AccountDetails(facultyEmail, "Fay", "Culty",
                Language.EN, EnumSet.of(Role.FACULTY)), "long enough password", false)).getId();
        cohortId = db.inTransaction(em -> services(em).cohorts().create(new CohortDetails("2025-2026",
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30), InstructionLanguage.EN, 40))).getId();
        courseId = db.inTransaction(em -> services(em).courses().create(cohortId,
                new CourseDetails("Foundations", "About foundations", null, null, true, 70), facultyId)).getId();
        assignmentId = db.inTransaction(em -> services(em).courses().saveAssignment(courseId, null, null,
                new AssignmentDetails("Reflection", "Write it.", LocalDateTime.of(2026, 5, 1, 12, 0),
                        GradingKind.POINTS, 10, List.of()))).getId();
    }

    /** A trainee in the cohort with profile answers, a graded submission with text, feedback and a PDF. */
    long trainee(String email, String first, String last, RaceEthnicity race, LanguageBackground language,
                 String agency, String text) {
        long id = db.inTransaction(em -> services(em).enrollments().enrol(cohortId, email, first, last, Language.EN,
                EnrollmentStatus.ENROLLED)).getTrainee().getId();
        db.inTransaction(em -> services(em).profiles().answer(id,
                new ProfileAnswers(race, language, "06037", agency, "Licensed clinical social worker")));
        long submissionId = db.inTransaction(em -> services(em).submissions()
                .submit(email, assignmentId, text, List.of(Uploads.pdf(last + "-reflection.pdf")))).getId();
        db.inTransaction(em -> services(em).grading().grade(facultyEmail, submissionId,
                new GradeInput(new BigDecimal("8"), null, null, "Thoughtful work, " + first)));
        return id;
    }

    /**
     * The cohort's group supervision session with its confidential note, a Community of Practice meeting and a
     * practicum provider, which every trainee's program records share. Written with plain JDBC into the features'
     * tables, as the completion benchmark does, since no rule of those features is under test here.
     */
    void sharedProgram() {
        groupSessionId = insert("insert into supervision_session (cohort_id, kind, supervisor_id, starts_at,"
                + " duration_minutes, topic) values (?, 'GROUP', ?, ?, 120, 'Transitions in care')", cohortId, facultyId,
                LocalDateTime.of(2026, 1, 20, 17, 0));
        insert("insert into supervision_note (session_id, author_id, written_at, body) values (?, ?, ?, ?)",
                groupSessionId, facultyId, LocalDateTime.of(2026, 1, 20, 19, 30), GROUP_NOTE);
        long series = insert("insert into practice_series (cohort_id, title, facilitator_id) values (?, ?, ?)",
                cohortId, "Winter Community of Practice", facultyId);
        meetingId = insert("insert into practice_meeting (series_id, starts_at, duration_minutes, topic)"
                + " values (?, ?, 90, 'Relationship-based practice')", series, LocalDateTime.of(2026, 2, 10, 18, 0));
        providerId = insert("insert into provider (name, kind, county_fips) values ('Little Acorns Center',"
                + " 'CENTER_BASED', '06037')");
    }

    /** What an individual supervision session's confidential note about this trainee says. */
    static String individualNote(String first) {
        return "Confidential: " + first + " spoke of burnout after the home visits";
    }

    static final String GROUP_NOTE = "Confidential: the group found the transitions case hard to discuss";

    static String feedToken(String last) {
        return "feed-token-of-" + last.toLowerCase();
    }

    /**
     * A trainee's records in the later features, each holding their name where a person would write it: present at
     * the group session and an individual one (with a note), present at the CoP meeting, a placement with an
     * approved and a returned log entry, a submitted competency evaluation, a course evaluation answered through
     * the service, and a calendar feed.
     */
    void programRecords(long trainee, String email, String first, String last) {
        long enrollment = enrollmentOf(trainee);
        insert("insert into supervision_invitation (session_id, trainee_id, attendance) values (?, ?, 'PRESENT')",
                groupSessionId, trainee);
        long individual = insert("insert into supervision_session (cohort_id, kind, supervisor_id, starts_at,"
                + " duration_minutes, topic) values (?, 'INDIVIDUAL', ?, ?, 60, ?)", cohortId, facultyId,
                LocalDateTime.of(2026, 1, 27, 16, 0).plusHours(trainee % 5), "Home visits of " + first + " " + last);
        insert("insert into supervision_invitation (session_id, trainee_id, attendance) values (?, ?, 'PRESENT')",
                individual, trainee);
        insert("insert into supervision_note (session_id, author_id, subject_id, written_at, body) values (?, ?, ?, ?, ?)",
                individual, facultyId, trainee, LocalDateTime.of(2026, 1, 28, 9, 0), individualNote(first));
        insert("insert into practice_attendance (meeting_id, trainee_id, status) values (?, ?, 'PRESENT')",
                meetingId, trainee);
        long placement = insert("insert into practicum_placement (enrollment_id, provider_id, mentor_name,"
                + " mentor_contact, start_on, end_on, status) values (?, ?, 'Mara Mentor', ?, ?, ?, 'ACTIVE')",
                enrollment, providerId, "mara.mentor+" + last.toLowerCase() + "@acorns.example",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 1));
        String entry = "insert into practicum_log_entry (placement_id, trainee_id, logged_on, starts_at, minutes,"
                + " activity, note, status, review_comment, reviewed_by, reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        insert(entry, placement, trainee, LocalDate.of(2026, 2, 2), LocalTime.of(9, 0), 90, "OBSERVATION",
                first + " observed the toddler room", "APPROVED", null, facultyId, LocalDateTime.of(2026, 2, 3, 12, 0));
        insert(entry, placement, trainee, LocalDate.of(2026, 2, 4), LocalTime.of(9, 0), 45, "ACTION_PLANNING",
                "Plan drafted by " + last, "RETURNED", "Please say more, " + first, facultyId,
                LocalDateTime.of(2026, 2, 5, 12, 0));
        long template = Long.parseLong(first(rows("select id from survey_template where purpose = 'COMPETENCY_EVALUATION'"
                + " and default_template")));
        long evaluation = insert("insert into competency_evaluation (enrollment_id, template_id, author_id, status,"
                + " recommendation, narrative, updated_on, submitted_on) values (?, ?, ?, 'SUBMITTED', 'RECOMMENDED', ?, ?, ?)",
                enrollment, template, facultyId, first + " " + last + " builds trust with providers",
                LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 20));
        for (List<String> question : rows("select id, sort_order from survey_question where template_id = " + template)) {
            insert("insert into competency_rating (evaluation_id, question_id, rating) values (?, ?, ?)", evaluation,
                    Long.parseLong(question.get(0)), 2 + Integer.parseInt(question.get(1)) % 4);
        }
        insert("insert into calendar_feed (account_id, token, created_at) values (?, ?, ?)", trainee, feedToken(last),
                LocalDateTime.of(2026, 1, 10, 8, 0));
        db.inTransaction(em -> {
            Map<Long, Answer> answers = new HashMap<>();
            for (SurveyQuestion question : services(em).surveyTemplates().defaultFor(SurveyPurpose.COURSE_EVALUATION).getQuestions()) {
                answers.put(question.getId(), switch (question.getKind()) {
                    case LIKERT -> new Answer(4, null, null);
                    case YES_NO -> new Answer(null, true, null);
                    case TEXT -> new Answer(null, null, "More case studies, please");
                });
            }
            services(em).courseEvaluations().submit(email, courseId, answers);
            return null;
        });
    }

    /** The trainee completes the cohort and an administrator issues their certificate; its code. */
    String complete(long trainee) {
        long enrollment = enrollmentOf(trainee);
        db.inTransaction(em -> {
            services(em).enrollments().end(enrollment, EnrollmentStatus.COMPLETED, null);
            return null;
        });
        return db.inTransaction(em -> completion(em).issueForCompleted(enrollment, "admin@example.org").getCode());
    }

    /** What completion and the completion report count for the cohort: every credit of every source. */
    List<Credit> credits() {
        return db.inTransaction(em -> creditSources(em).stream().flatMap(s -> s.creditsIn(cohortId).stream()).toList());
    }

    /** The answered count of each course's final evaluation as its faculty member reads it. */
    List<Long> courseEvaluationCounts() {
        return db.inTransaction(em -> services(em).courseEvaluations().coursesWithResults(facultyEmail).stream()
                .map(CourseAnswerCount::answered).toList());
    }

    <T> T completion(Function<Completions, T> work) {
        return db.inTransaction(em -> work.apply(completion(em)));
    }

    void withdraw(long accountId, String reason) {
        db.inTransaction(em -> {
            services(em).enrollments().withdraw(enrollmentOf(accountId), LocalDate.of(2026, 3, 10), reason);
            return null;
        });
    }

    /** An audit entry as the container's listener would have written it. */
    void audited(String actor, String action, String entityType, String entityId, String summary) {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into audit_entry"
                     + " (occurred_at, actor, action, entity_type, entity_id, summary) values (?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(CLOCK)));
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, entityType);
            insert.setString(5, entityId);
            insert.setString(6, summary);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T privacy(Function<DataSubjects, T> work) {
        return db.inTransaction(em -> work.apply(services(em).privacy()));
    }

    private long enrollmentOf(long trainee) {
        return Long.parseLong(first(rows("select id from enrollment where trainee_id = " + trainee)));
    }

    private List<List<String>> rows(String sql) {
        try {
            return Sql.rows(db.dataSource(), sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(List<List<String>> rows) {
        return rows.get(0).get(0);
    }

    /** One row with its values bound in order; its generated id. */
    private long insert(String sql, Object... values) {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Services services(EntityManager em) {
        return Services.on(em, CLOCK, files);
    }

    private Completions completion(EntityManager em) {
        return services(em).completion(creditSources(em));
    }

    /** The credit sources these tests have always counted: every one but course grades. */
    private List<CreditSource> creditSources(EntityManager em) {
        Services services = services(em);
        return List.of(services.supervisionCredits(), services.practiceCredits(), services.practicumCredits(),
                services.finalEvaluationCredits());
    }
}
