package org.iecmhc.lms.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.AccountRejected;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Invitations;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.persistence.Like;
import org.iecmhc.lms.platform.time.PacificTime;

/** Enrolling one person in a cohort and moving an enrollment through its lifecycle. */
@ApplicationScoped
public class Enrollments {

    @Inject
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Invitations invitations;

    @Inject
    Cohorts cohorts;

    @Inject
    Clock clock;

    /**
     * Enrols the person with this email, creating a trainee account when there is none (the names and language are
     * then required). The new person is invited to choose their password.
     * Flushes, so that the caller has the new enrollment's id.
     */
    @Transactional
    public Enrollment enrol(long cohortId, String email, String firstName, String lastName, Language language,
                            EnrollmentStatus status) {
        return enrol(cohortId, email, firstName, lastName, language, status, null);
    }

    /** As above, an enrolled person taking part from the stated date (null: from the cohort's start). */
    @Transactional
    public Enrollment enrol(long cohortId, String email, String firstName, String lastName, Language language,
                            EnrollmentStatus status, LocalDate statedStart) {
        Cohort cohort = cohorts.requireForEnrollment(cohortId);
        if (cohort.isClosed()) {
            throw new CohortRejected("email", "enrollment.cohortClosed");
        }
        Optional<Account> known = accounts.findByEmail(email);
        if (known.isPresent() && activeEnrollment(cohortId, known.get().getId()).isPresent()) {
            throw new CohortRejected("email", "enrollment.alreadyActive");
        }
        if (cohorts.activeEnrollments(cohortId) >= cohort.getCapacity()) {
            throw new CohortRejected("email", "enrollment.cohortFull");
        }
        Account trainee;
        try {
            trainee = known.orElseGet(() -> invitations.createInvited(
                    new AccountDetails(email, firstName, lastName, language, EnumSet.of(Role.TRAINEE))));
        } catch (AccountRejected rejected) {
            throw new CohortRejected(rejected.field(), rejected.messageKey());
        }
        Enrollment enrollment = new Enrollment(cohort, trainee, status, today(), statedStart);
        em.persist(enrollment);
        em.flush();
        return enrollment;
    }

    /** Sends again the pending invitations of the cohort's applicants and enrolled trainees; answers how many went. */
    @Transactional
    public int resendInvitations(long cohortId) {
        return invitations.resendPending(em.createQuery("select e.trainee.id from Enrollment e"
                        + " where e.cohort.id = :cohort and e.status in :active", Long.class)
                .setParameter("cohort", cohortId).setParameter("active", EnrollmentStatus.activeOnes()).getResultList());
    }

    /** The invitations of the cohort's applicants and enrolled trainees, by email. */
    public List<RosterInvitation> invitations(long cohortId) {
        List<Object[]> trainees = em.createQuery("select e.trainee.id, e.trainee.email from Enrollment e"
                        + " where e.cohort.id = :cohort and e.status in :active order by e.trainee.email", Object[].class)
                .setParameter("cohort", cohortId).setParameter("active", EnrollmentStatus.activeOnes()).getResultList();
        Map<Long, Invitations.Standing> standings = invitations.standings(trainees.stream().map(t -> (Long) t[0]).toList());
        return trainees.stream().map(t -> new RosterInvitation((String) t[1], standings.get((Long) t[0]))).toList();
    }

    /** The applicant takes part from the stated date, or from the cohort's start when it is null. */
    @Transactional
    public void accept(long enrollmentId, LocalDate statedStart) {
        require(enrollmentId).enrol(statedStart);
    }

    @Transactional
    public void withdraw(long enrollmentId, LocalDate on, String reason) {
        require(enrollmentId).withdraw(on, reason);
    }

    /**
     * Ends the year on the stated date; without one, on the cohort's last day, or today while the cohort still
     * runs (an administrator deciding in July about a June cohort counts it in the cohort's fiscal year).
     */
    @Transactional
    public void end(long enrollmentId, EnrollmentStatus outcome, LocalDate statedOn) {
        end(require(enrollmentId), outcome, statedOn);
    }

    private void end(Enrollment enrollment, EnrollmentStatus outcome, LocalDate statedOn) {
        LocalDate lastDay = enrollment.getCohort().getEndDate();
        LocalDate on = statedOn != null ? statedOn : today().isBefore(lastDay) ? today() : lastDay;
        enrollment.end(outcome, on, today());
    }

    /**
     * Moves the enrollment, as read at this version, to the status by the page's rules: accepted (from the stated
     * date), withdrawn (on the date, for the reason) or not completed (on the date). A newer version saved meanwhile
     * wins. Completion is not among them: it comes with the certificate the completion board issues.
     */
    @Transactional
    public void move(long enrollmentId, long version, EnrollmentStatus to, LocalDate on, String reason) {
        Enrollment enrollment = require(enrollmentId);
        enrollment.requireVersion(version);
        switch (to) {
            case ENROLLED -> enrollment.enrol(on);
            case WITHDRAWN -> enrollment.withdraw(on, reason);
            case NOT_COMPLETED -> end(enrollment, EnrollmentStatus.NOT_COMPLETED, on);
            default -> throw new CohortRejected("status", "api30.enrollment.notAStep");
        }
    }

    /** Whether the person joined at least one cohort and has withdrawn from every cohort they joined. */
    public boolean withdrawnFromEveryCohort(long traineeId) {
        List<EnrollmentStatus> statuses = em.createQuery("select e.status from Enrollment e where e.trainee.id = :id",
                EnrollmentStatus.class).setParameter("id", traineeId).getResultList();
        return !statuses.isEmpty() && statuses.stream().allMatch(status -> status == EnrollmentStatus.WITHDRAWN);
    }

    public Optional<Enrollment> find(long id) {
        return Optional.ofNullable(em.find(Enrollment.class, id));
    }

    /** One page of a cohort's enrollments whose trainee's name or email contains the text, by last name. */
    public List<Enrollment> search(long cohortId, String text, int first, int pageSize) {
        return matching(cohortId, text).page(em, "select e from Enrollment e join fetch e.trainee t",
                "t.lastName, t.firstName, e.id", Enrollment.class, first, pageSize);
    }

    public long countMatching(long cohortId, String text) {
        return matching(cohortId, text).count(em, "select count(e) from Enrollment e join e.trainee t");
    }

    /** As {@link #search(long, String, int, int)}, keeping only the enrollments in the status when one is given. */
    public List<Enrollment> search(long cohortId, String text, EnrollmentStatus status, int first, int pageSize) {
        return matching(cohortId, text).and("e.status = :status", "status", status).page(em,
                "select e from Enrollment e join fetch e.trainee t", "t.lastName, t.firstName, e.id", Enrollment.class,
                first, pageSize);
    }

    public long countMatching(long cohortId, String text, EnrollmentStatus status) {
        return matching(cohortId, text).and("e.status = :status", "status", status)
                .count(em, "select count(e) from Enrollment e join e.trainee t");
    }

    /** Trainee accounts whose email starts with the text, for the enrol form's suggestions. */
    public List<String> traineeEmailsStartingWith(String text, int max) {
        return em.createQuery("select a.email from Account a join a.roles r where r = :role and a.email like :text"
                        + " order by a.email", String.class)
                .setParameter("role", Role.TRAINEE)
                .setParameter("text", Like.startingWith(text))
                .setMaxResults(max).getResultList();
    }

    Optional<Enrollment> activeEnrollment(long cohortId, long traineeId) {
        return em.createQuery("select e from Enrollment e where e.cohort.id = :cohort and e.trainee.id = :trainee"
                        + " and e.status in :active", Enrollment.class)
                .setParameter("cohort", cohortId).setParameter("trainee", traineeId)
                .setParameter("active", EnrollmentStatus.activeOnes())
                .getResultStream().findFirst();
    }

    private static Conditions matching(long cohortId, String text) {
        return Conditions.chosen().and("e.cohort.id = :cohort", "cohort", cohortId)
                .andContaining("(lower(t.email) like :text or lower(concat(t.firstName, ' ', t.lastName)) like :text)",
                        "text", text);
    }

    private Enrollment require(long id) {
        return find(id).orElseThrow(() -> new CohortRejected("status", "enrollment.notFound"));
    }

    private LocalDate today() {
        return PacificTime.today(clock);
    }
}
