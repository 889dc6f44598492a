package org.iecmhc.lms.practicum;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;

/**
 * Who reaches which practicum record, decided from the database whatever id a page names: administrators every
 * placement, faculty the placements of the cohorts they teach, a trainee only their own placements and entries.
 */
final class PracticumAccess {

    private final EntityManager em;

    PracticumAccess(EntityManager em) {
        this.em = em;
    }

    /** The signed-in person's account; an unknown name is refused like a record that is not theirs. */
    Account caller(String email) {
        return Accounts.byEmail(em, email).orElseThrow(PracticumAccess::notFound);
    }

    /** Administrators and the cohort's faculty place its trainees and see their logs. */
    static boolean manages(Account person, Cohort cohort) {
        return person.hasRole(Role.ADMINISTRATOR) || teaches(person, cohort);
    }

    /** Only the cohort's own faculty review its trainees' logs. */
    static boolean teaches(Account person, Cohort cohort) {
        return person.hasRole(Role.FACULTY) && cohort.getFaculty().stream().anyMatch(f -> f.getId().equals(person.getId()));
    }

    static boolean mayRead(Account person, Placement placement) {
        return owns(person, placement) || manages(person, placement.getCohort());
    }

    static boolean owns(Account person, Placement placement) {
        return placement.getTrainee().getId().equals(person.getId());
    }

    static PracticumRejected notFound() {
        return new PracticumRejected("", "practicum.notFound");
    }
}
