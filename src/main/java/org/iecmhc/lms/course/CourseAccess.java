package org.iecmhc.lms.course;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;

/**
 * Who may see and do what in a course, decided on the server from the database whatever id a page or API call
 * names: administrators everything, faculty their own courses, trainees the courses of a cohort they are in and
 * only their own submissions.
 */
final class CourseAccess {

    /** Enrollments whose trainee still sees the cohort's courses (a finished trainee keeps reading them). */
    static final List<EnrollmentStatus> SEES_COURSES = EnrollmentStatus.admittedOnes();

    private final EntityManager em;

    CourseAccess(EntityManager em) {
        this.em = em;
    }

    /** Whether a person may reach a record of a course. */
    @FunctionalInterface
    interface Rule<T> {
        boolean allows(CourseAccess access, Account person, T record);
    }

    /** The record the signed-in person names by its id: empty when it is missing or the rule keeps them from it. */
    <T> Optional<T> find(String email, Class<T> type, long id, Rule<T> rule) {
        Account person = caller(email);
        return Optional.ofNullable(em.find(type, id)).filter(record -> rule.allows(this, person, record));
    }

    /** The signed-in person's account; an unknown name is refused like a forbidden record. */
    Account caller(String email) {
        return Accounts.byEmail(em, email).orElseThrow(() -> new CourseRejected("", "course.notAvailable"));
    }

    boolean canView(Account person, Course course) {
        return person.hasRole(Role.ADMINISTRATOR) || course.isTaughtBy(person) || isMember(person, course.getCohort(), SEES_COURSES);
    }

    boolean canGrade(Account person, Course course) {
        return person.hasRole(Role.FACULTY) && course.isTaughtBy(person);
    }

    /** A course's gradebook is its faculty member's, and administrators'. */
    boolean canReadGradebook(Account person, Course course) {
        return course.isTaughtBy(person) || person.hasRole(Role.ADMINISTRATOR);
    }

    /** Administrators copy any course; faculty the courses they teach (into a course they will teach). */
    boolean canCopy(Account person, Course course) {
        return person.hasRole(Role.ADMINISTRATOR) || canGrade(person, course);
    }

    boolean canSubmit(Account person, Course course) {
        return person.hasRole(Role.TRAINEE) && isMember(person, course.getCohort(), List.of(EnrollmentStatus.ENROLLED));
    }

    boolean canView(Account person, Submission submission) {
        Course course = submission.getAssignment().getCourse();
        return submission.belongsTo(person) || course.isTaughtBy(person) || person.hasRole(Role.ADMINISTRATOR);
    }

    private boolean isMember(Account person, Cohort cohort, List<EnrollmentStatus> statuses) {
        return em.createQuery("select count(e) from Enrollment e where e.cohort = :cohort and e.trainee = :trainee"
                        + " and e.status in :statuses", Long.class)
                .setParameter("cohort", cohort).setParameter("trainee", person).setParameter("statuses", statuses)
                .getSingleResult() > 0;
    }
}
