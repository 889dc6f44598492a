package org.iecmhc.lms.practicum;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.provider.Provider;
import org.iecmhc.lms.provider.ProviderRegistry;

/**
 * Placing trainees with providers: administrators in every cohort, faculty in the cohorts they teach. Trainees read
 * their own placements.
 */
@ApplicationScoped
public class Placements {

    /** A trainee can be placed once enrolled, and a finished year may still get its placements recorded. */
    static final List<EnrollmentStatus> PLACEABLE = EnrollmentStatus.admittedOnes();

    @Inject
    EntityManager em;

    @Inject
    ProviderRegistry providers;

    @Transactional
    public Placement create(String email, PlacementDetails details) {
        Account person = access().caller(email);
        Enrollment enrollment = Optional.ofNullable(details.enrollmentId()).map(id -> em.find(Enrollment.class, id))
                .filter(e -> PracticumAccess.manages(person, e.getCohort()))
                .orElseThrow(() -> new PracticumRejected("enrollment", "practicum.placement.enrollment.required"));
        if (!PLACEABLE.contains(enrollment.getStatus())) {
            throw new PracticumRejected("enrollment", "practicum.placement.enrollment.notPlaceable");
        }
        Placement placement = new Placement(enrollment, checked(details), details);
        em.persist(placement);
        // The id is the placement's address: the page redirects to it at once.
        em.flush();
        return placement;
    }

    @Transactional
    public Placement change(String email, long id, long version, PlacementDetails details) {
        Placement placement = managed(email, id);
        placement.requireVersion(version);
        Provider provider = checked(details);
        long outside = em.createQuery("select count(e) from LogEntry e where e.placement = :placement"
                        + " and (e.loggedOn < :start or e.loggedOn > :end)", Long.class)
                .setParameter("placement", placement).setParameter("start", details.startOn())
                .setParameter("end", details.endOn()).getSingleResult();
        if (outside > 0) {
            throw new PracticumRejected("startOn", "practicum.placement.entriesOutside");
        }
        placement.describe(provider, details);
        return placement;
    }

    /** A placement the person may change (administrator or the cohort's faculty), or a refusal that reveals nothing. */
    public Placement managed(String email, long id) {
        Account person = access().caller(email);
        return Optional.ofNullable(em.find(Placement.class, id))
                .filter(p -> PracticumAccess.manages(person, p.getCohort()))
                .orElseThrow(PracticumAccess::notFound);
    }

    /** A placement the person may read: their own, or one they manage. */
    public Optional<Placement> find(String email, long id) {
        Account person = access().caller(email);
        return Optional.ofNullable(em.find(Placement.class, id)).filter(p -> PracticumAccess.mayRead(person, p));
    }

    /** The trainee's own placements, the latest first. */
    public List<Placement> mine(String email) {
        return em.createQuery("select p from Placement p join fetch p.provider where p.enrollment.trainee = :trainee"
                        + " order by p.startOn desc, p.id desc", Placement.class)
                .setParameter("trainee", access().caller(email)).getResultList();
    }

    public List<Placement> search(String email, PlacementFilter filter, int first, int pageSize) {
        Account person = access().caller(email);
        return chosen(person, filter).page(em, "select p from Placement p join fetch p.provider"
                + " join fetch p.enrollment e join fetch e.trainee t", "t.lastName, t.firstName, p.startOn desc, p.id",
                Placement.class, first, pageSize);
    }

    public long count(String email, PlacementFilter filter) {
        Account person = access().caller(email);
        return chosen(person, filter).count(em, "select count(p) from Placement p join p.enrollment e join e.trainee t");
    }

    /** The cohorts whose placements the person manages, the latest first. */
    public List<Cohort> cohorts(String email) {
        Account person = access().caller(email);
        if (person.hasRole(Role.ADMINISTRATOR)) {
            return em.createQuery("select c from Cohort c order by c.startDate desc", Cohort.class).getResultList();
        }
        return em.createQuery("select c from Cohort c where :person member of c.faculty order by c.startDate desc",
                Cohort.class).setParameter("person", person).getResultList();
    }

    /** The enrollments of a cohort the person manages that can be placed, for the placement form. */
    public List<Enrollment> placeable(String email, long cohortId) {
        Account person = access().caller(email);
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null || !PracticumAccess.manages(person, cohort)) {
            return List.of();
        }
        return em.createQuery("select e from Enrollment e join fetch e.trainee t where e.cohort = :cohort"
                        + " and e.status in :statuses order by t.lastName, t.firstName", Enrollment.class)
                .setParameter("cohort", cohort).setParameter("statuses", PLACEABLE).getResultList();
    }

    /** An administrator's placements are all; faculty's those of the cohorts they teach. */
    private static Conditions chosen(Account person, PlacementFilter filter) {
        return Conditions.chosen()
                .and(":person member of e.cohort.faculty", "person", person.hasRole(Role.ADMINISTRATOR) ? null : person)
                .and("e.cohort.id = :cohort", "cohort", filter.cohortId())
                .and("p.status = :status", "status", filter.status());
    }

    private Provider checked(PlacementDetails details) {
        Provider provider = Optional.ofNullable(details.providerId()).flatMap(providers::find)
                .orElseThrow(() -> new PracticumRejected("provider", "practicum.placement.provider.required"));
        if (details.mentorName() == null || details.mentorName().isBlank()) {
            throw new PracticumRejected("mentorName", "practicum.placement.mentorName.required");
        }
        TypedText.requireFits(details.mentorName(), PracticumLimits.MENTOR_NAME, PracticumRejected::new, "mentorName",
                "practicum.placement.mentor.tooLong");
        TypedText.requireFits(details.mentorContact(), PracticumLimits.MENTOR_CONTACT, PracticumRejected::new,
                "mentorContact", "practicum.placement.mentor.tooLong");
        if (details.startOn() == null) {
            throw new PracticumRejected("startOn", "practicum.placement.startOn.required");
        }
        if (details.endOn() == null) {
            throw new PracticumRejected("endOn", "practicum.placement.endOn.required");
        }
        if (details.endOn().isBefore(details.startOn())) {
            throw new PracticumRejected("endOn", "practicum.placement.endOn.beforeStart");
        }
        if (details.status() == null) {
            throw new PracticumRejected("status", "practicum.placement.status.required");
        }
        return provider;
    }

    private PracticumAccess access() {
        return new PracticumAccess(em);
    }
}
