package org.iecmhc.lms.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.course.Assignment;
import org.iecmhc.lms.course.AssignmentDetails;
import org.iecmhc.lms.course.AssignmentDetails.Criterion;
import org.iecmhc.lms.course.AssignmentDetails.Level;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.course.CourseModule;
import org.iecmhc.lms.course.Courses;
import org.iecmhc.lms.course.GradeInput;
import org.iecmhc.lms.course.GradingKind;
import org.iecmhc.lms.course.Grades;
import org.iecmhc.lms.course.RubricCriterion;
import org.iecmhc.lms.course.Submission;
import org.iecmhc.lms.course.Submissions;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.platform.persistence.DatabaseReady;

/**
 * With {@code lms.demo=true}, gives the active demo cohort (created by the cohort demo data) courses with
 * modules, links, assignments with a rubric, and some handed-in, graded and returned work by the demo trainees (so
 * María's home has work due and work to revise), and the past cohort the required course its completers passed. Does nothing for a cohort that is absent or already has courses.
 */
@ApplicationScoped
public class DemoCourses {

    private static final Logger LOG = Logger.getLogger(DemoCourses.class.getName());

    @Inject
    DemoSwitch demo;

    @Inject
    EntityManager em;

    @Inject
    Courses courses;

    @Inject
    Submissions submissions;

    @Inject
    Grades grading;

    @Inject
    Accounts accounts;



    @Transactional
    void onDatabaseReady(@Observes @Priority(120) DatabaseReady ready) {
        if (!demo.isOn()) {
            return;
        }
        Optional<Account> faculty = accounts.findByEmail(DemoPerson.FACULTY.email());
        Optional<Account> mentor = accounts.findByEmail(DemoPerson.FACULTY_CONSULTANT.email());
        if (faculty.isEmpty() || mentor.isEmpty()) {
            return;
        }
        DemoYears years = DemoYears.at(demo.clock());
        cohortWithoutCourses(years.currentName()).ifPresent(cohort -> {
            LocalDateTime now = LocalDateTime.now(demo.clock()).truncatedTo(ChronoUnit.HOURS);
            Course foundations = foundations(cohort, faculty.get(), now);
            Course reflective = reflectivePractice(cohort, mentor.get(), now);
            LOG.info(() -> "Demo courses loaded: " + foundations.getTitle() + ", " + reflective.getTitle());
        });
        cohortWithoutCourses(years.pastName()).ifPresent(cohort -> {
            Course introduction = introductionPassed(cohort, faculty.get());
            LOG.info(() -> "Demo course of the past cohort loaded: " + introduction.getTitle());
        });
    }

    private Optional<Cohort> cohortWithoutCourses(String name) {
        return em.createQuery("select c from Cohort c where c.name = :name", Cohort.class)
                .setParameter("name", name).getResultStream().findFirst().filter(cohort -> !hasCourses(cohort));
    }

    /**
     * The past cohort's required course, passed by every trainee who completed the cohort, so that their
     * certificates count the course they passed. The cohort is closed, so the work is written as handed in then.
     */
    private Course introductionPassed(Cohort cohort, Account faculty) {
        LocalDate start = cohort.getStartDate();
        Course course = courses.create(cohort.getId(), new CourseDetails("Introduction to IECMHC",
                "The consultation model and the developmental science behind it.", start, start.plusMonths(4), true, 70),
                faculty.getId());
        CourseModule model = courses.addModule(course.getId(), "The IECMHC model");
        courses.addLink(model.getId(), "Center of Excellence for IECMHC: overview", "https://www.iecmhc.org/");
        LocalDateTime due = start.plusMonths(3).atTime(17, 0);
        Assignment reflection = courses.saveAssignment(course.getId(), null, null, new AssignmentDetails(
                "Reflection on the consultation model", "One page on what the model asks of a consultant.", due,
                GradingKind.COMPLETE_INCOMPLETE, 5, List.of()));
        List<Account> completed = em.createQuery("select e.trainee from Enrollment e where e.cohort = :cohort"
                        + " and e.status = :completed order by e.id", Account.class)
                .setParameter("cohort", cohort).setParameter("completed", EnrollmentStatus.COMPLETED).getResultList();
        for (Account trainee : completed) {
            Submission work = new Submission(reflection, trainee);
            work.handIn("The model asks me to hold the provider's experience before offering ideas.", List.of(),
                    due.minusDays(2));
            em.persist(work);
            em.flush();
            grading.grade(faculty.getEmail(), work.getId(), new GradeInput(null, true, null, "Complete. Thoughtful."));
        }
        return course;
    }

    private Course foundations(Cohort cohort, Account faculty, LocalDateTime now) {
        Course course = courses.create(cohort.getId(), new CourseDetails("Foundations of IECMHC",
                "The consultation model, the consultant's stance, and the developmental science behind it.",
                cohort.getStartDate(), cohort.getStartDate().plusMonths(4), true, 70), faculty.getId());
        CourseModule model = courses.addModule(course.getId(), "The IECMHC model");
        courses.addLink(model.getId(), "Center of Excellence for IECMHC: overview", "https://www.iecmhc.org/");
        courses.addLink(model.getId(), "California Department of Social Services: child care", "https://www.cdss.ca.gov/");
        CourseModule development = courses.addModule(course.getId(), "Early relationships and development");
        courses.addLink(development.getId(), "Harvard Center on the Developing Child: serve and return",
                "https://developingchild.harvard.edu/science/key-concepts/serve-and-return/");
        Assignment observation = courses.saveAssignment(course.getId(), null, null, new AssignmentDetails(
                "Classroom observation write-up",
                "Observe a classroom for 60 minutes. Describe one adult-child interaction and what it may mean for the child.",
                now.minusDays(3), GradingKind.POINTS, 0, List.of(
                        new Criterion("Objective description", List.of(new Level("Beginning", 2), new Level("Developing", 4),
                                new Level("Proficient", 6))),
                        new Criterion("Reflection on meaning", List.of(new Level("Beginning", 1), new Level("Developing", 3),
                                new Level("Proficient", 4))))));
        courses.saveAssignment(course.getId(), null, null, new AssignmentDetails("Consultation stance essay",
                "Two pages on the consultant's stance and how you would use it with a family child care provider.",
                now.plusDays(10), GradingKind.POINTS, 20, List.of()));
        courses.saveAssignment(course.getId(), null, null, new AssignmentDetails("Module 1 reading check",
                "Confirm you read the module 1 materials.", now.plusDays(3), GradingKind.COMPLETE_INCOMPLETE, 5, List.of()));

        handIn(DemoPerson.TRAINEE_EN, observation, "I observed the toddler room during free play. One teacher sat on the floor...");
        List<RubricCriterion> rubric = observation.getCriteria();
        handIn(DemoPerson.TRAINEE, observation, "Observé a una maestra que consolaba a un niño que lloraba al despedirse de su madre...")
                .ifPresent(maria -> grading.grade(faculty.getEmail(), maria.getId(), new GradeInput(null, null, Map.of(
                        rubric.get(0).getId(), rubric.get(0).getLevels().get(2).getId(),
                        rubric.get(1).getId(), rubric.get(1).getLevels().get(1).getId()),
                        "Muy buena descripción objetiva. Profundice un poco más en lo que la interacción significa para el niño.")));
        return course;
    }

    private Course reflectivePractice(Cohort cohort, Account mentor, LocalDateTime now) {
        LocalDate start = cohort.getStartDate().plusMonths(4);
        Course course = courses.create(cohort.getId(), new CourseDetails("Reflective practice in consultation",
                "Using reflective supervision and parallel process in consultation.", start, start.plusMonths(4), true, 70),
                mentor.getId());
        CourseModule module = courses.addModule(course.getId(), "Parallel process");
        courses.addLink(module.getId(), "Zero to Three: reflective supervision", "https://www.zerotothree.org/");
        Assignment journal = courses.saveAssignment(course.getId(), null, null, new AssignmentDetails("Reflective journal 1",
                "One page on a moment in your consultation work that stayed with you.", now.plusDays(14),
                GradingKind.POINTS, 10, List.of()));
        handIn(DemoPerson.TRAINEE_EN, journal, "A provider told me she felt judged during my first visit...")
                .ifPresent(james -> grading.grade(mentor.getEmail(), james.getId(), new GradeInput(new BigDecimal("9"), null, null,
                        "Thoughtful. Notice how your own feelings mirrored the provider's.")));
        handIn(DemoPerson.TRAINEE, journal, "Una proveedora me dijo que se sintió juzgada...")
                .ifPresent(maria -> grading.returnForRevision(mentor.getEmail(), maria.getId(),
                        "Cuente qué sintió usted en ese momento y qué hizo con ese sentimiento."));
        return course;
    }

    /** Hands in work for a demo trainee who is enrolled in the cohort; the others are left out. */
    private Optional<Submission> handIn(DemoPerson trainee, Assignment assignment, String text) {
        if (!submissions.maySubmit(trainee.email(), assignment)) {
            return Optional.empty();
        }
        return Optional.of(submissions.submit(trainee.email(), assignment.getId(), text, List.of()));
    }

    private boolean hasCourses(Cohort cohort) {
        return em.createQuery("select count(c) from Course c where c.cohort = :cohort", Long.class)
                .setParameter("cohort", cohort).getSingleResult() > 0;
    }
}
