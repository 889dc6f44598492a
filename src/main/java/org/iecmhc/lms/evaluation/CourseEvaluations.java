package org.iecmhc.lms.evaluation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Trainees' final course evaluations. A trainee of the course's cohort answers once; what they answer is stored
 * without their name, and faculty of the course and administrators read only the group figures, from
 * {@link CourseEvaluationSummary#THRESHOLD} answers on (the same rule for both, so an administrator cannot be asked
 * to pass on what faculty may not see).
 */
@ApplicationScoped
public class CourseEvaluations {

    /** Trainees who took the cohort's courses: the year may be under way or over. */
    static final List<EnrollmentStatus> TOOK_COURSES = EnrollmentStatus.admittedOnes();

    @Inject
    EntityManager em;

    @Inject
    SurveyTemplates templates;

    @Inject
    Clock clock;

    /** The courses of the trainee's cohorts, each marked answered or not. */
    public List<CourseToEvaluate> forTrainee(String email) {
        Account trainee = caller(email);
        List<Course> courses = em.createQuery("select c from Course c join fetch c.cohort where c.cohort in"
                        + " (select e.cohort from Enrollment e where e.trainee = :t and e.status in :statuses)"
                        + " order by c.cohort.startDate desc, c.startDate, c.title", Course.class)
                .setParameter("t", trainee).setParameter("statuses", TOOK_COURSES).getResultList();
        Set<Long> answered = Set.copyOf(em.createQuery("select r.course.id from CourseEvaluationReceipt r"
                + " where r.trainee = :t", Long.class).setParameter("t", trainee).getResultList());
        return courses.stream().map(c -> new CourseToEvaluate(c, answered.contains(c.getId()))).toList();
    }

    /** The course as its trainee sees it before answering; refused to anyone else. */
    public Course courseFor(String email, long courseId) {
        Account trainee = caller(email);
        Course course = em.find(Course.class, courseId);
        if (course == null || !tookCourse(trainee, course)) {
            throw new EvaluationRejected(null, "evaluation.course.notAvailable");
        }
        return course;
    }

    public boolean hasAnswered(String email, long courseId) {
        return em.createQuery("select count(r) from CourseEvaluationReceipt r where r.trainee = :t and r.course.id = :c",
                Long.class).setParameter("t", caller(email)).setParameter("c", courseId).getSingleResult() > 0;
    }

    /** The template the course is evaluated with: the administrator's choice, or the default one. */
    public SurveyTemplate templateOf(Course course) {
        return choice(course).map(CourseEvaluationTemplate::getTemplate)
                .orElseGet(() -> templates.defaultFor(SurveyPurpose.COURSE_EVALUATION));
    }

    /**
     * Records the trainee's answers (keyed by question) once. Every required question must be answered; all the
     * problems are reported together.
     */
    @Transactional
    public void submit(String email, long courseId, Map<Long, Answer> answersByQuestionId) {
        Account trainee = caller(email);
        Course course = courseFor(email, courseId);
        if (hasAnswered(email, courseId)) {
            throw new EvaluationRejected(null, "evaluation.course.alreadyAnswered");
        }
        SurveyTemplate template = templateOf(course);
        List<SurveyQuestion> questions = template.getQuestions();
        Map<SurveyQuestion, Answer> answers = new HashMap<>();
        questions.forEach(q -> answers.put(q, normalized(q, answersByQuestionId.getOrDefault(q.getId(), Answer.NONE))));
        Map<String, String> problems = TemplateRules.checkAnswers(questions, answers);
        if (!problems.isEmpty()) {
            throw new EvaluationIncomplete(problems);
        }
        LocalDateTime now = PacificTime.nowUtc(clock);
        em.persist(new CourseEvaluationReceipt(course, trainee, now));
        CourseEvaluationResponse response = new CourseEvaluationResponse(course, template, PacificTime.fromUtc(now).toLocalDate());
        questions.stream().filter(q -> !answers.get(q).isEmpty()).forEach(q -> response.answer(q, answers.get(q)));
        em.persist(response);
    }

    /** The group figures of a course for its faculty member or an administrator; never any one trainee's answers. */
    public CourseEvaluationSummary summary(String email, long courseId) {
        Course course = readable(caller(email), courseId);
        long answered = answeredIn(course);
        if (answered < CourseEvaluationSummary.THRESHOLD) {
            return CourseEvaluationSummary.of(answered, List.of(), Map.of());
        }
        // by id: outside a transaction each query may hand back its own copy of a question
        Map<Long, List<Answer>> byQuestionId = new HashMap<>();
        em.createQuery("select a.question.id, a.likert, a.yesNo, a.text from CourseEvaluationAnswer a"
                        + " where a.response.course = :c", Object[].class)
                .setParameter("c", course).getResultList()
                .forEach(row -> byQuestionId.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Answer((Integer) row[1], (Boolean) row[2], (String) row[3])));
        List<SurveyQuestion> questions = templateOf(course).getQuestions();
        Map<SurveyQuestion, List<Answer>> answers = new LinkedHashMap<>();
        questions.forEach(q -> answers.put(q, byQuestionId.getOrDefault(q.getId(), List.of())));
        return CourseEvaluationSummary.of(answered, questions, answers);
    }

    /** The courses whose results the person may read (their own as faculty, all as administrator), with counts. */
    public List<CourseAnswerCount> coursesWithResults(String email) {
        Account person = caller(email);
        List<Course> courses = Conditions.chosen()
                .and(":f member of c.teachers", "f", person.hasRole(Role.ADMINISTRATOR) ? null : person)
                .all(em, "select c from Course c join fetch c.cohort", "c.cohort.startDate desc, c.title", Course.class);
        Map<Long, Long> counts = em.createQuery("select r.course.id, count(r) from CourseEvaluationResponse r"
                        + " group by r.course.id", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return courses.stream().map(c -> new CourseAnswerCount(c, counts.getOrDefault(c.getId(), 0L))).toList();
    }

    public Course readableCourse(String email, long courseId) {
        return readable(caller(email), courseId);
    }

    /** An administrator picks the template a course is evaluated with, until its first answer arrives. */
    @Transactional
    public void useTemplate(String email, long courseId, long templateId) {
        Account person = caller(email);
        Course course = em.find(Course.class, courseId);
        if (course == null || !person.hasRole(Role.ADMINISTRATOR)) {
            throw new EvaluationRejected("template", "evaluation.course.notAvailable");
        }
        SurveyTemplate template = templates.find(templateId)
                .filter(t -> t.getPurpose() == SurveyPurpose.COURSE_EVALUATION && !t.isRetired())
                .orElseThrow(() -> new EvaluationRejected("template", "evaluation.template.notChoosable"));
        if (answeredIn(course) > 0 && !templateOf(course).equals(template)) {
            throw new EvaluationRejected("template", "evaluation.course.templateLocked");
        }
        choice(course).ifPresentOrElse(c -> c.use(template), () -> em.persist(new CourseEvaluationTemplate(course, template)));
    }

    private Optional<CourseEvaluationTemplate> choice(Course course) {
        return em.createQuery("select c from CourseEvaluationTemplate c where c.course = :course", CourseEvaluationTemplate.class)
                .setParameter("course", course).getResultStream().findFirst();
    }

    /**
     * Counted from the anonymous responses, not the receipts: a receipt is erased with its trainee's identity, and
     * the answers they gave still count.
     */
    private long answeredIn(Course course) {
        return em.createQuery("select count(r) from CourseEvaluationResponse r where r.course = :c", Long.class)
                .setParameter("c", course).getSingleResult();
    }

    private Course readable(Account person, long courseId) {
        Course course = em.find(Course.class, courseId);
        boolean allowed = course != null && (person.hasRole(Role.ADMINISTRATOR)
                || person.hasRole(Role.FACULTY) && course.isTaughtBy(person));
        if (!allowed) {
            throw new EvaluationRejected(null, "evaluation.course.notAvailable");
        }
        return course;
    }

    private boolean tookCourse(Account trainee, Course course) {
        return trainee.hasRole(Role.TRAINEE) && em.createQuery("select count(e) from Enrollment e where e.cohort = :cohort"
                        + " and e.trainee = :t and e.status in :statuses", Long.class)
                .setParameter("cohort", course.getCohort()).setParameter("t", trainee)
                .setParameter("statuses", TOOK_COURSES).getSingleResult() > 0;
    }

    /** Keeps only the part of the answer that fits the question's kind. */
    private static Answer normalized(SurveyQuestion question, Answer answer) {
        return switch (question.getKind()) {
            case LIKERT -> new Answer(answer.likert(), null, null);
            case YES_NO -> new Answer(null, answer.yesNo(), null);
            case TEXT -> new Answer(null, null, TypedText.trimmedOrNull(answer.text()));
        };
    }

    private Account caller(String email) {
        return EvaluationAccess.caller(em, email, "evaluation.course.notAvailable");
    }
}
