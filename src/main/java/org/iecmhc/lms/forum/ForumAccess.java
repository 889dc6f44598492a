package org.iecmhc.lms.forum;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.community.PracticeSeries;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;

/**
 * Who belongs to a forum, read from the database at every call so that a trainee withdrawn from a cohort loses its
 * forums at once: administrators every forum; the cohort's trainees (enrolled, or finished their year) and faculty
 * every forum of the cohort; a course's faculty member its course's forum, a series' facilitator its series' forum,
 * and both their cohort's own forum. Faculty and administrators among the members moderate.
 */
@ApplicationScoped
class ForumAccess {

    /** Enrollments whose trainee is a member; a withdrawn or applying trainee is not. */
    static final List<EnrollmentStatus> MEMBERS = EnrollmentStatus.admittedOnes();

    @Inject
    EntityManager em;

    Account person(String email) {
        return Accounts.byEmail(em, email).orElseThrow(ForumRejected::notFound);
    }

    /** The forum a kind and id name, whether or not the person may see it. */
    Optional<ForumPlace> place(ForumKind kind, long id) {
        return switch (kind) {
            case COHORT -> Optional.ofNullable(em.find(Cohort.class, id))
                    .map(cohort -> new ForumPlace(kind, id, cohort.getName(), cohort, Set.<Long>of()));
            case COURSE -> Optional.ofNullable(em.find(Course.class, id))
                    .map(course -> new ForumPlace(kind, id, course.getTitle(), course.getCohort(), course.getTeachers()));
            case SERIES -> Optional.ofNullable(em.find(PracticeSeries.class, id))
                    .map(series -> new ForumPlace(kind, id, series.getTitle(), series.getCohort(), Collections.singleton(series.getFacilitator())));
        };
    }

    /** The forum if the person is a member, else a refusal that does not reveal whether it exists. */
    ForumPlace memberOf(Account person, ForumKind kind, long id) {
        return place(kind, id).filter(place -> isMember(person, place)).orElseThrow(ForumRejected::notFound);
    }

    ForumPlace placeOf(ForumThread thread) {
        return place(thread.getKind(), thread.getPlaceId()).orElseThrow(ForumRejected::notFound);
    }

    boolean isMember(Account person, ForumPlace place) {
        return person.hasRole(Role.ADMINISTRATOR) || isTrainee(person, place.cohort()) || isStaff(person, place);
    }

    boolean mayModerate(Account person, ForumPlace place) {
        return person.hasRole(Role.ADMINISTRATOR) || person.hasRole(Role.FACULTY) && isStaff(person, place);
    }

    /** Every member's account id but the administrators' (who are members of every forum by their role). */
    Set<Long> memberIds(ForumPlace place) {
        Set<Long> ids = new HashSet<>(em.createQuery("select e.trainee.id from Enrollment e where e.cohort = :cohort"
                        + " and e.status in :statuses", Long.class)
                .setParameter("cohort", place.cohort()).setParameter("statuses", MEMBERS).getResultList());
        place.cohort().getFaculty().forEach(faculty -> ids.add(faculty.getId()));
        if (!place.leaderIds().isEmpty()) {
            ids.addAll(place.leaderIds());
        } else {
            ids.addAll(em.createQuery("select t.id from Course c join c.teachers t where c.cohort = :cohort", Long.class)
                    .setParameter("cohort", place.cohort()).getResultList());
            ids.addAll(em.createQuery("select s.facilitator.id from PracticeSeries s where s.cohort = :cohort", Long.class)
                    .setParameter("cohort", place.cohort()).getResultList());
        }
        return ids;
    }

    private boolean isTrainee(Account person, Cohort cohort) {
        return em.createQuery("select count(e) from Enrollment e where e.cohort = :cohort and e.trainee = :trainee"
                        + " and e.status in :statuses", Long.class)
                .setParameter("cohort", cohort).setParameter("trainee", person).setParameter("statuses", MEMBERS)
                .getSingleResult() > 0;
    }

    private boolean isStaff(Account person, ForumPlace place) {
        if (place.cohort().getFaculty().stream().anyMatch(faculty -> faculty.getId().equals(person.getId()))) {
            return true;
        }
        if (!place.leaderIds().isEmpty()) {
            return place.leaderIds().contains(person.getId());
        }
        return em.createQuery("select count(c) from Course c where c.cohort = :cohort and :person member of c.teachers", Long.class)
                .setParameter("cohort", place.cohort()).setParameter("person", person).getSingleResult()
                + em.createQuery("select count(s) from PracticeSeries s where s.cohort = :cohort and s.facilitator = :person",
                        Long.class)
                .setParameter("cohort", place.cohort()).setParameter("person", person).getSingleResult() > 0;
    }
}
