package org.iecmhc.lms.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.iecmhc.lms.course.GradingKind;
import org.iecmhc.lms.course.SubmissionStatus;
import org.iecmhc.lms.evaluation.QuestionKind;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Each cohort's two courses (autumn and spring) with modules, materials and ten assignments every two weeks; the
 * trainees' work handed in and graded up to {@link ScaleContext#TODAY}; and the anonymous course evaluations of the
 * courses that ended.
 */
final class ScaleCourses {

    static final int COURSES = 2;
    private static final int MODULES = 3;
    private static final int ASSIGNMENTS = 10;
    private static final List<String> TITLES = List.of("Foundations of IECMHC", "Reflective practice in consultation");

    private final ScaleContext context;

    ScaleCourses(ScaleContext context) {
        this.context = context;
    }

    private record Question(long id, QuestionKind kind) {
    }

    void load(List<CohortPlan> plans) throws SQLException {
        context.log.begin("courses and grades");
        Random random = context.random("courses");
        long template = context.queryLong("select id from survey_template where purpose = 'COURSE_EVALUATION'"
                + " and default_template = true");
        List<Question> questions = questions(context.connection, template);
        try (BulkInsert courses = context.insert("course", "id", "cohort_id", "title", "description", "faculty_id",
                "start_date", "end_date", "required", "passing_percent");
             BulkInsert modules = context.insert("course_module", "id", "course_id", "sort_order", "title").after(courses);
             BulkInsert materials = context.insert("course_material", "id", "module_id", "sort_order", "title", "url")
                     .after(modules);
             BulkInsert assignments = context.insert("assignment", "id", "course_id", "title", "instructions", "due_at",
                     "grading", "max_points").after(courses);
             BulkInsert submissions = context.insert("submission", "id", "assignment_id", "trainee_id", "status",
                     "last_submitted_at", "late", "points", "feedback", "graded_at", "grader_id").after(assignments);
             BulkInsert attempts = context.insert("submission_attempt", "id", "submission_id", "attempt_number", "body",
                     "submitted_at", "late").after(submissions);
             BulkInsert receipts = context.insert("course_evaluation_receipt", "id", "course_id", "trainee_id",
                     "submitted_at").after(courses);
             BulkInsert responses = context.insert("course_evaluation_response", "id", "course_id", "template_id",
                     "submitted_on").after(courses);
             BulkInsert answers = context.insert("course_evaluation_answer", "id", "response_id", "question_id", "likert",
                     "yes_no", "text_answer").after(responses)) {
            for (CohortPlan plan : plans) {
                for (int c = 0; c < COURSES; c++) {
                    long course = context.nextId("course");
                    LocalDate starts = c == 0 ? plan.starts : LocalDate.of(plan.starts.getYear() + 1, 2, 1);
                    LocalDate ends = c == 0 ? LocalDate.of(plan.starts.getYear() + 1, 1, 31) : plan.ends;
                    long teacher = c == 0 ? plan.lead : plan.second;
                    courses.row(course, plan.id, TITLES.get(c), "The " + TITLES.get(c).toLowerCase() + " course of the cohort.",
                            teacher, starts, ends, true, 70);
                    for (int m = 1; m <= MODULES; m++) {
                        long module = context.nextId("course_module");
                        modules.row(module, course, m, "Module " + m);
                        for (int k = 1; k <= 2; k++) {
                            materials.row(context.nextId("course_material"), module, k, "Reading " + m + "." + k,
                                    "https://example.org/readings/" + course + "/" + m + "/" + k);
                        }
                    }
                    for (int a = 0; a < ASSIGNMENTS; a++) {
                        long assignment = context.nextId("assignment");
                        LocalDateTime due = PacificTime.toUtc(starts.plusWeeks(2L * a + 2).atTime(23, 59));
                        assignments.row(assignment, course, "Reflection " + (a + 1), "Write one page about this module.",
                                due, GradingKind.POINTS, 10);
                        for (CohortPlan.Member member : plan.participants()) {
                            submit(submissions, attempts, random, assignment, member, due, teacher);
                        }
                    }
                    if (ends.isBefore(ScaleContext.TODAY)) {
                        evaluate(receipts, responses, answers, random, plan, course, ends, template, questions);
                    }
                }
            }
        }
        context.log.end();
    }

    private void submit(BulkInsert submissions, BulkInsert attempts, Random random, long assignment,
                        CohortPlan.Member member, LocalDateTime due, long grader) throws SQLException {
        LocalDate dueDay = due.toLocalDate();
        if (!dueDay.isBefore(ScaleContext.TODAY) || dueDay.isAfter(member.until) || random.nextInt(100) < 4) {
            return;
        }
        boolean late = random.nextInt(20) == 0;
        LocalDateTime submitted = late ? due.plusHours(20) : due.minusHours(2 + random.nextInt(70));
        boolean graded = dueDay.isBefore(ScaleContext.TODAY.minusDays(7));
        long id = context.nextId("submission");
        int points = random.nextInt(10) == 0 ? 5 + random.nextInt(2) : 7 + random.nextInt(4);
        submissions.row(id, assignment, member.traineeId, graded ? SubmissionStatus.GRADED : SubmissionStatus.SUBMITTED,
                submitted, late, graded ? Integer.valueOf(points) : null, graded ? "Thoughtful; connect it to the reading." : null,
                graded ? submitted.plusDays(5) : null, graded ? Long.valueOf(grader) : null);
        attempts.row(context.nextId("submission_attempt"), id, 1,
                "What I noticed this week and how it changes my next visit.", submitted, late);
    }

    /** Seven trainees in ten answer; the answers keep no link to who gave them. */
    private void evaluate(BulkInsert receipts, BulkInsert responses, BulkInsert answers, Random random, CohortPlan plan,
                          long course, LocalDate ends, long template, List<Question> questions) throws SQLException {
        for (CohortPlan.Member member : plan.participants()) {
            if (member.until.isBefore(ends) || random.nextInt(10) >= 7) {
                continue;
            }
            LocalDate on = ends.plusDays(1 + random.nextInt(10));
            receipts.row(context.nextId("course_evaluation_receipt"), course, member.traineeId, on.atTime(19, 0));
            long response = context.nextId("course_evaluation_response");
            responses.row(response, course, template, on);
            for (Question question : questions) {
                switch (question.kind()) {
                    case LIKERT -> answers.row(context.nextId("course_evaluation_answer"), response, question.id(),
                            3 + random.nextInt(3), null, null);
                    case YES_NO -> answers.row(context.nextId("course_evaluation_answer"), response, question.id(), null,
                            random.nextInt(10) != 0, null);
                    case TEXT -> {
                        if (random.nextInt(3) == 0) {
                            answers.row(context.nextId("course_evaluation_answer"), response, question.id(), null, null,
                                    "More time for case discussion, please.");
                        }
                    }
                }
            }
        }
    }

    private static List<Question> questions(Connection connection, long template) throws SQLException {
        List<Question> questions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet found = statement.executeQuery("select id, kind from survey_question where template_id = "
                     + template + " order by sort_order")) {
            while (found.next()) {
                questions.add(new Question(found.getLong(1), QuestionKind.valueOf(found.getString(2))));
            }
        }
        return questions;
    }
}
