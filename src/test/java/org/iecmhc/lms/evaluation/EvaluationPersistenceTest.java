package org.iecmhc.lms.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Final evaluations against MariaDB: the seeded templates, answering a course once with its required questions,
 * group figures only from three answers on and only for the course's faculty, competency drafts and submissions,
 * and the credits completion reads from them.
 */
class EvaluationPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T19:00:00Z"), ZoneOffset.UTC);
    private static TestDatabase db;
    private static Account admin;
    private static Account faculty;
    private static Account otherFaculty;
    private static long cohortId;
    private static Course course;
    private static Course quietCourse;
    private static final List<Account> trainees = new ArrayList<>();
    private static Account outsider;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        admin = person("admin.eval@example.org", Role.ADMINISTRATOR);
        faculty = person("faculty.eval@example.org", Role.FACULTY);
        otherFaculty = person("other.eval@example.org", Role.FACULTY);
        outsider = person("outsider.eval@example.org", Role.TRAINEE);
        cohortId = db.inTransaction(em -> Services.on(em, CLOCK).cohorts().create(new CohortDetails("Eval 2025-2026",
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30), InstructionLanguage.BILINGUAL, 20),
                CohortStatus.ACTIVE, new CompletionRequirements(BigDecimal.ONE, 1, BigDecimal.ONE, true),
                Set.of(faculty.getId())).getId());
        for (int i = 1; i <= 4; i++) {
            trainees.add(enrol("trainee" + i + ".eval@example.org"));
        }
        course = db.inTransaction(em -> Services.on(em, CLOCK).courses().create(cohortId, new CourseDetails("Foundations", null,
                null, null, true, 70), faculty.getId()));
        quietCourse = db.inTransaction(em -> Services.on(em, CLOCK).courses().create(cohortId, new CourseDetails("Quiet course", null,
                null, null, true, 70), faculty.getId()));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void everyInstallationHasADefaultTemplateOfEachPurpose() {
        SurveyTemplate courseTemplate = templates(t -> t.defaultFor(SurveyPurpose.COURSE_EVALUATION));
        assertEquals(List.of(QuestionKind.LIKERT, QuestionKind.LIKERT, QuestionKind.LIKERT, QuestionKind.YES_NO, QuestionKind.TEXT),
                courseTemplate.getQuestions().stream().map(SurveyQuestion::getKind).toList());
        SurveyTemplate competency = templates(t -> t.defaultFor(SurveyPurpose.COMPETENCY_EVALUATION));
        assertEquals("Práctica reflexiva", competency.getQuestions().get(1).getTextEs());
        assertTrue(competency.getQuestions().stream().allMatch(q -> q.getKind() == QuestionKind.LIKERT));
        assertEquals("evaluation.template.defaultStays", assertThrows(EvaluationRejected.class,
                () -> templates(t -> t.retire(competency.getId(), true))).messageKey());
    }

    @Test
    void aTraineeAnswersOnceWithEveryRequiredQuestionAndFacultySeeFiguresFromTheThirdAnswerOn() {
        List<SurveyQuestion> questions = templates(t -> t.defaultFor(SurveyPurpose.COURSE_EVALUATION)).getQuestions();
        Account first = trainees.get(0);
        EvaluationIncomplete incomplete = assertThrows(EvaluationIncomplete.class, () -> courses(c -> {
            c.submit(first.getEmail(), course.getId(), Map.of(questions.get(0).getId(), new Answer(4, null, null)));
            return null;
        }));
        assertEquals(Map.of("q2", "evaluation.answer.required", "q3", "evaluation.answer.required",
                "q4", "evaluation.answer.required"), incomplete.problems());
        boolean kept = courses(c -> c.hasAnswered(first.getEmail(), course.getId()));
        assertFalse(kept, "nothing kept from a refused form");

        answer(first, questions, 5, true, "Loved the case studies");
        assertEquals("evaluation.course.alreadyAnswered", assertThrows(EvaluationRejected.class,
                () -> answer(first, questions, 1, false, null)).messageKey());
        answer(trainees.get(1), questions, 4, false, null);
        CourseEvaluationSummary two = courses(c -> c.summary(faculty.getEmail(), course.getId()));
        assertEquals(2, two.getAnswered());
        assertFalse(two.isShown());
        assertTrue(two.getQuestions().isEmpty());
        assertFalse(courses(c -> c.summary(admin.getEmail(), course.getId())).isShown(), "the same rule for administrators");

        answer(trainees.get(2), questions, 4, true, "More time for practice");
        CourseEvaluationSummary three = courses(c -> c.summary(faculty.getEmail(), course.getId()));
        assertTrue(three.isShown());
        assertEquals(4.33, three.getQuestions().get(0).mean());
        assertEquals(67, three.getQuestions().get(3).yesPercent());
        assertEquals(List.of("Loved the case studies", "More time for practice"), three.getQuestions().get(4).comments());

        assertEquals("evaluation.course.notAvailable", assertThrows(EvaluationRejected.class,
                () -> courses(c -> c.summary(otherFaculty.getEmail(), course.getId()))).messageKey(),
                "faculty of other courses see nothing");
        assertEquals("evaluation.course.notAvailable", assertThrows(EvaluationRejected.class,
                () -> courses(c -> c.summary(first.getEmail(), course.getId()))).messageKey());
        assertEquals("evaluation.course.notAvailable", assertThrows(EvaluationRejected.class,
                () -> answer(outsider, questions, 3, true, null)).messageKey(), "only trainees of the cohort answer");
        Number traineeColumns = db.inTransaction(em -> (Number) em.createNativeQuery(
                "select count(*) from information_schema.columns where table_schema = database()"
                        + " and table_name in ('course_evaluation_response', 'course_evaluation_answer')"
                        + " and (column_name like '%trainee%' or column_name like '%account%')").getSingleResult());
        assertEquals(0, traineeColumns.intValue(), "the stored answers carry no link to a trainee");
        List<CourseAnswerCount> mine = courses(c -> c.coursesWithResults(faculty.getEmail()));
        assertEquals(3L, mine.stream().filter(r -> r.course().getTitle().equals("Foundations")).findFirst().orElseThrow().answered());
        assertTrue(courses(c -> c.coursesWithResults(otherFaculty.getEmail())).isEmpty());
        assertTrue(courses(c -> c.forTrainee(first.getEmail())).stream()
                .anyMatch(row -> row.course().getId().equals(course.getId()) && row.submitted()));
    }

    @Test
    void anAnsweredQuestionKeepsItsKindAndCannotBeRemoved() {
        SurveyTemplate template = templates(t -> t.create("Short course survey", SurveyPurpose.COURSE_EVALUATION));
        SurveyQuestion useful = templates(t -> t.addQuestion(template.getId(),
                new QuestionDetails(QuestionKind.LIKERT, "Useful?", "¿Útil?", true)));
        courses(c -> { c.useTemplate(admin.getEmail(), quietCourse.getId(), template.getId()); return null; });
        Account trainee = trainees.get(3);
        courses(c -> { c.submit(trainee.getEmail(), quietCourse.getId(), Map.of(useful.getId(), new Answer(3, null, null))); return null; });
        assertEquals("evaluation.question.answered", assertThrows(EvaluationRejected.class,
                () -> templates(t -> { t.removeQuestion(useful.getId()); return null; })).messageKey());
        assertEquals("evaluation.question.kindLocked", assertThrows(EvaluationRejected.class, () -> templates(t ->
                t.changeQuestion(useful.getId(), useful.getVersion(), new QuestionDetails(QuestionKind.TEXT, "Useful?", "¿Útil?", true))))
                .messageKey());
        SurveyQuestion reworded = templates(t -> t.changeQuestion(useful.getId(), useful.getVersion(),
                new QuestionDetails(QuestionKind.LIKERT, "How useful was it?", "¿Qué tan útil fue?", true)));
        assertEquals("How useful was it?", reworded.getTextEn());
        assertThrows(RecordChangedMeanwhile.class, () -> templates(t -> t.changeQuestion(useful.getId(), useful.getVersion(),
                new QuestionDetails(QuestionKind.LIKERT, "Was it useful?", "¿Fue útil?", true))), "built on the first wording");
        assertEquals("evaluation.course.templateLocked", assertThrows(EvaluationRejected.class, () -> courses(c -> {
            c.useTemplate(admin.getEmail(), quietCourse.getId(), templates(t -> t.defaultFor(SurveyPurpose.COURSE_EVALUATION)).getId());
            return null;
        })).messageKey());
        SurveyQuestion unanswered = templates(t -> t.addQuestion(template.getId(),
                new QuestionDetails(QuestionKind.TEXT, "Anything else?", "¿Algo más?", false)));
        templates(t -> { t.removeQuestion(unanswered.getId()); return null; });
        int left = templates(t -> t.find(template.getId()).orElseThrow().getQuestions().size());
        assertEquals(1, left);
    }

    @Test
    void facultyOfTheCohortDraftThenSubmitAndCompletionCountsIt() {
        Account trainee = trainees.get(0);
        long enrollmentId = enrollmentOf(trainee);
        List<SurveyQuestion> domains = competencies(c -> c.domains(Optional.empty()));
        assertEquals("evaluation.competency.notAvailable", assertThrows(EvaluationRejected.class, () -> competencies(c ->
                c.saveDraft(otherFaculty.getEmail(), enrollmentId, null, new CompetencyForm(Map.of(), null, null)))).messageKey());

        CompetencyEvaluation draft = competencies(c -> c.saveDraft(faculty.getEmail(), enrollmentId, null,
                new CompetencyForm(Map.of(domains.get(0).getId(), 4), "Growing steadily.", null)));
        assertEquals(List.of(new Credit(trainee.getId(), CreditKind.FINAL_EVALUATION, 1, CreditState.PENDING,
                LocalDate.of(2026, 5, 20))), credits());
        assertTrue(competencies(c -> c.mine(trainee.getEmail())).isEmpty(), "a draft stays with faculty");
        assertThrows(RecordChangedMeanwhile.class, () -> competencies(c -> c.saveDraft(faculty.getEmail(), enrollmentId, null,
                new CompetencyForm(Map.of(domains.get(0).getId(), 2), null, null))), "opened before the first draft existed");

        EvaluationIncomplete incomplete = assertThrows(EvaluationIncomplete.class, () -> competencies(c -> c.submit(
                faculty.getEmail(), enrollmentId, draft.getVersion(), new CompetencyForm(Map.of(domains.get(0).getId(), 4), " ", null))));
        assertTrue(incomplete.problems().keySet().containsAll(Set.of("q2", "q5", "narrative", "recommendation")));

        Map<Long, Integer> all = new HashMap<>();
        domains.forEach(d -> all.put(d.getId(), 5));
        CompetencyEvaluation submitted = competencies(c -> c.submit(faculty.getEmail(), enrollmentId, draft.getVersion(),
                new CompetencyForm(all, "Ready to consult on her own.", Recommendation.RECOMMENDED)));
        assertEquals(EvaluationStatus.SUBMITTED, submitted.getStatus());
        assertEquals(CreditState.EARNED, credits().get(0).state());
        assertEquals("evaluation.competency.submittedReadOnly", assertThrows(EvaluationRejected.class, () -> competencies(c ->
                c.saveDraft(faculty.getEmail(), enrollmentId, submitted.getVersion(), new CompetencyForm(all, "Changed", null)))).messageKey());
        assertEquals(1, competencies(c -> c.mine(trainee.getEmail())).size());
        assertTrue(competencies(c -> c.mine(trainees.get(1).getEmail())).isEmpty(), "another trainee's is not theirs");

        assertEquals("evaluation.competency.notAvailable", assertThrows(EvaluationRejected.class,
                () -> competencies(c -> c.reopen(faculty.getEmail(), enrollmentId))).messageKey(), "only administrators reopen");
        competencies(c -> c.reopen(admin.getEmail(), enrollmentId));
        assertEquals(CreditState.PENDING, credits().get(0).state());
        assertTrue(competencies(c -> c.roster(faculty.getEmail())).stream().anyMatch(r -> r.evaluation() != null
                && r.enrollment().getId() == enrollmentId && !r.evaluation().isSubmitted()));
        assertTrue(competencies(c -> c.roster(otherFaculty.getEmail())).isEmpty(), "not their cohort");
    }

    private static void answer(Account trainee, List<SurveyQuestion> questions, int rating, boolean recommend, String comment) {
        Map<Long, Answer> answers = new HashMap<>();
        questions.subList(0, 3).forEach(q -> answers.put(q.getId(), new Answer(rating, null, null)));
        answers.put(questions.get(3).getId(), new Answer(null, recommend, null));
        answers.put(questions.get(4).getId(), new Answer(null, null, comment));
        courses(c -> { c.submit(trainee.getEmail(), course.getId(), answers); return null; });
    }

    private static List<Credit> credits() {
        return db.inTransaction(em -> Services.on(em, CLOCK).finalEvaluationCredits().creditsIn(cohortId));
    }

    private static long enrollmentOf(Account trainee) {
        return db.inTransaction(em -> em.createQuery("select e from Enrollment e where e.trainee.id = :t and e.cohort.id = :c",
                Enrollment.class).setParameter("t", trainee.getId()).setParameter("c", cohortId).getSingleResult().getId());
    }

    private static Account person(String email, Role role) {
        return db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email, "First",
                email.substring(0, email.indexOf('.')), Language.EN, EnumSet.of(role)), "long enough password", false));
    }

    private static Account enrol(String email) {
        Account trainee = person(email, Role.TRAINEE);
        db.inTransaction(em -> {
            return Services.on(em, CLOCK).enrollments().enrol(cohortId, email, null, null, Language.EN,
                    EnrollmentStatus.ENROLLED);
        });
        return trainee;
    }

    private static <T> T templates(Function<SurveyTemplates, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK).surveyTemplates()));
    }

    private static <T> T courses(Function<CourseEvaluations, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK).courseEvaluations()));
    }

    private static <T> T competencies(Function<CompetencyEvaluations, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK).competencyEvaluations()));
    }
}
