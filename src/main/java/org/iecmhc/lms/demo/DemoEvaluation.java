package org.iecmhc.lms.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.evaluation.Answer;
import org.iecmhc.lms.evaluation.CompetencyEvaluations;
import org.iecmhc.lms.evaluation.CompetencyForm;
import org.iecmhc.lms.evaluation.CourseEvaluations;
import org.iecmhc.lms.evaluation.QuestionKind;
import org.iecmhc.lms.evaluation.Recommendation;
import org.iecmhc.lms.evaluation.SurveyQuestion;
import org.iecmhc.lms.platform.persistence.DatabaseReady;

/**
 * With {@code lms.demo=true}, gives the demo cohorts final evaluations: a submitted competency evaluation
 * (recommended) for every trainee who completed the past cohort, a draft one for James Carter in the active one, and
 * anonymous course evaluations in the active one (see {@link DemoYears}): four for the first course, so faculty see its figures, and two for
 * the second, so they see the "results appear at 3" notice. Does nothing without those cohorts and courses, or once
 * any competency evaluation exists.
 */
@ApplicationScoped
public class DemoEvaluation {

    private static final Logger LOG = Logger.getLogger(DemoEvaluation.class.getName());
    static final String FIGURES_COURSE = "Foundations of IECMHC";
    static final String WAITING_COURSE = "Reflective practice in consultation";
    static final List<String> FIGURES_TRAINEES = List.of("hannah.kim", "ivan.morales", "jade.wilson", "karen.oneal");
    static final List<String> WAITING_TRAINEES = List.of("luis.herrera", "oscar.flores");

    @Inject
    DemoSwitch demo;

    @Inject
    EntityManager em;


    @Inject
    CourseEvaluations courseEvaluations;

    @Inject
    CompetencyEvaluations competencies;


    @Transactional
    void onDatabaseReady(@Observes @Priority(165) DatabaseReady ready) {
        if (!demo.isOn() || hasCompetencyEvaluations()) {
            return;
        }
        Optional<Course> figures = course(FIGURES_COURSE);
        Optional<Course> waiting = course(WAITING_COURSE);
        List<Enrollment> completed = completedIn(DemoYears.at(demo.clock()).pastName());
        if (figures.isEmpty() || waiting.isEmpty() || completed.isEmpty()) {
            return;
        }
        String faculty = DemoPerson.FACULTY.email();
        List<SurveyQuestion> domains = competencies.domains(Optional.empty());
        for (Enrollment enrollment : completed) {
            Map<Long, Integer> ratings = new HashMap<>();
            for (int i = 0; i < domains.size(); i++) {
                ratings.put(domains.get(i).getId(), 3 + (int) ((enrollment.getId() + i) % 3));
            }
            competencies.submit(faculty, enrollment.getId(), null, new CompetencyForm(ratings,
                    enrollment.getTrainee().getFirstName() + " grew steadily through the year and consults with warmth and"
                            + " reflective curiosity; ready to practice as an IECMHC consultant.", Recommendation.RECOMMENDED));
        }
        activeEnrollment(DemoPerson.TRAINEE_EN.email()).ifPresent(james -> competencies.saveDraft(faculty, james.getId(), null,
                new CompetencyForm(Map.of(domains.get(0).getId(), 4, domains.get(1).getId(), 3),
                        "Strong rapport with providers; reflective practice still developing.", null)));

        String[] comments = {"The case studies made the model concrete.", "More time for role plays, please.",
                "Me ayudó a entender el rol de consultora.", null};
        for (int i = 0; i < FIGURES_TRAINEES.size(); i++) {
            answer(FIGURES_TRAINEES.get(i), figures.get(), 5 - i % 2, i != 3, comments[i]);
        }
        for (int i = 0; i < WAITING_TRAINEES.size(); i++) {
            answer(WAITING_TRAINEES.get(i), waiting.get(), 4, true, null);
        }
        LOG.info(() -> "Demo evaluations loaded: " + completed.size() + " competency evaluations submitted, course evaluations"
                + " for " + FIGURES_COURSE + " and " + WAITING_COURSE);
    }

    private void answer(String user, Course course, int rating, boolean recommend, String comment) {
        String email = user + "@demo.iecmhc.org";
        Map<Long, Answer> answers = new HashMap<>();
        for (SurveyQuestion question : courseEvaluations.templateOf(course).getQuestions()) {
            answers.put(question.getId(), question.getKind() == QuestionKind.LIKERT ? new Answer(rating, null, null)
                    : question.getKind() == QuestionKind.YES_NO ? new Answer(null, recommend, null)
                    : new Answer(null, null, comment));
        }
        courseEvaluations.submit(email, course.getId(), answers);
    }

    private Optional<Course> course(String title) {
        return em.createQuery("select c from Course c where c.title = :title and c.cohort.name = :cohort", Course.class)
                .setParameter("title", title).setParameter("cohort", DemoYears.at(demo.clock()).currentName()).getResultStream().findFirst();
    }

    private List<Enrollment> completedIn(String cohort) {
        return em.createQuery("select e from Enrollment e where e.cohort.name = :cohort and e.status = :completed"
                        + " order by e.trainee.lastName", Enrollment.class)
                .setParameter("cohort", cohort).setParameter("completed", EnrollmentStatus.COMPLETED).getResultList();
    }

    private Optional<Enrollment> activeEnrollment(String email) {
        return em.createQuery("select e from Enrollment e where e.cohort.name = :cohort and e.trainee.email = :email"
                        + " and e.status = :enrolled", Enrollment.class)
                .setParameter("cohort", DemoYears.at(demo.clock()).currentName()).setParameter("email", email)
                .setParameter("enrolled", EnrollmentStatus.ENROLLED).getResultStream().findFirst();
    }

    private boolean hasCompetencyEvaluations() {
        return em.createQuery("select count(c) from CompetencyEvaluation c", Long.class).getSingleResult() > 0;
    }
}
