package org.iecmhc.lms.practicum;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * A trainee's practicum log on their placement: logging, correcting and deleting entries until faculty approve
 * them. Only the placement's trainee writes to it; the cohort's faculty and administrators read it.
 */
@ApplicationScoped
public class PracticumLog {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public LogEntry log(String email, long placementId, EntryDetails details) {
        Account trainee = access().caller(email);
        Placement placement = Optional.ofNullable(em.find(Placement.class, placementId))
                .filter(p -> PracticumAccess.owns(trainee, p))
                .orElseThrow(PracticumAccess::notFound);
        check(trainee, placement, details, null);
        LogEntry entry = new LogEntry(placement, details);
        em.persist(entry);
        // The id and version are what a review names: callers inside a longer transaction need them at once.
        em.flush();
        return entry;
    }

    /** The trainee corrects an entry not yet approved; a returned one goes back to the faculty. */
    @Transactional
    public LogEntry change(String email, long entryId, long version, EntryDetails details) {
        Account trainee = access().caller(email);
        LogEntry entry = own(trainee, entryId);
        entry.requireVersion(version);
        if (!entry.getStatus().isOpen()) {
            throw new PracticumRejected("", "practicum.entry.approved");
        }
        check(trainee, entry.getPlacement(), details, entry.getId());
        entry.change(details);
        return entry;
    }

    @Transactional
    public void remove(String email, long entryId) {
        LogEntry entry = own(access().caller(email), entryId);
        if (!entry.getStatus().isOpen()) {
            throw new PracticumRejected("", "practicum.entry.approved");
        }
        em.remove(entry);
    }

    /** One of the trainee's own entries, to correct it. */
    public LogEntry own(String email, long entryId) {
        return own(access().caller(email), entryId);
    }

    /** The placement's entries, the latest first, for whoever may read the placement. */
    public List<LogEntry> entries(String email, long placementId, int first, int pageSize) {
        return em.createQuery("select e from LogEntry e where e.placement = :placement"
                        + " order by e.loggedOn desc, e.startsAt desc, e.id desc", LogEntry.class)
                .setParameter("placement", readable(email, placementId))
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(String email, long placementId) {
        return em.createQuery("select count(e) from LogEntry e where e.placement = :placement", Long.class)
                .setParameter("placement", readable(email, placementId)).getSingleResult();
    }

    /** Every entry of the placement in the order it happened, for the trainee's records. */
    public List<LogEntry> all(String email, long placementId) {
        return em.createQuery("select e from LogEntry e where e.placement = :placement"
                        + " order by e.loggedOn, e.startsAt, e.id", LogEntry.class)
                .setParameter("placement", readable(email, placementId)).getResultList();
    }

    /** The entries the person may read (their own, those of the cohorts they teach, or all for administrators), the latest first. */
    public List<LogEntry> search(String email, EntryFilter filter, int first, int pageSize) {
        return visible(access().caller(email), filter).page(em, "select e from LogEntry e join fetch e.placement p"
                        + " join fetch e.trainee t join p.enrollment en join en.cohort c",
                "e.loggedOn desc, e.startsAt desc, e.id desc", LogEntry.class, first, pageSize);
    }

    public long count(String email, EntryFilter filter) {
        return visible(access().caller(email), filter).count(em, "select count(e) from LogEntry e join e.placement p"
                + " join e.trainee t join p.enrollment en join en.cohort c");
    }

    /** One entry the person may read, as {@link #search} would list it. */
    public Optional<LogEntry> find(String email, long entryId) {
        Account person = access().caller(email);
        return Optional.ofNullable(em.find(LogEntry.class, entryId))
                .filter(e -> PracticumAccess.mayRead(person, e.getPlacement()));
    }

    public LogTotals totals(String email, long placementId) {
        List<Object[]> rows = em.createQuery("select e.status, sum(e.minutes) from LogEntry e"
                        + " where e.placement = :placement group by e.status", Object[].class)
                .setParameter("placement", readable(email, placementId)).getResultList();
        long approved = 0;
        long pending = 0;
        long returned = 0;
        for (Object[] row : rows) {
            long minutes = ((Number) row[1]).longValue();
            switch ((EntryStatus) row[0]) {
                case APPROVED -> approved = minutes;
                case SUBMITTED -> pending = minutes;
                case RETURNED -> returned = minutes;
            }
        }
        return new LogTotals(approved, pending, returned);
    }

    private void check(Account trainee, Placement placement, EntryDetails details, Long except) {
        LogRules.check(details, placement.getStartOn(), placement.getEndOn(), PacificTime.today(clock));
        // Locks the trainee's row so that two entries saved at the same moment cannot both pass the overlap check.
        em.lock(trainee, LockModeType.PESSIMISTIC_WRITE);
        boolean overlaps = em.createQuery("select e from LogEntry e where e.trainee = :trainee"
                        + " and e.loggedOn between :before and :after and e.status <> :returned", LogEntry.class)
                .setParameter("trainee", trainee)
                .setParameter("before", details.loggedOn().minusDays(1))
                .setParameter("after", details.loggedOn().plusDays(1))
                .setParameter("returned", EntryStatus.RETURNED)
                .getResultStream()
                .filter(e -> !e.getId().equals(except))
                .anyMatch(e -> LogRules.overlap(e.getLoggedOn(), e.getStartsAt(), e.getMinutes(),
                        details.loggedOn(), details.startsAt(), details.minutes()));
        if (overlaps) {
            throw new PracticumRejected("startsAt", "practicum.entry.overlap");
        }
    }

    private LogEntry own(Account trainee, long entryId) {
        return Optional.ofNullable(em.find(LogEntry.class, entryId))
                .filter(e -> PracticumAccess.owns(trainee, e.getPlacement()))
                .orElseThrow(PracticumAccess::notFound);
    }

    private Placement readable(String email, long placementId) {
        Account person = access().caller(email);
        return Optional.ofNullable(em.find(Placement.class, placementId))
                .filter(p -> PracticumAccess.mayRead(person, p))
                .orElseThrow(PracticumAccess::notFound);
    }

    /** The same reach as {@link PracticumAccess#mayRead}, as conditions of one query. */
    private static Conditions visible(Account person, EntryFilter filter) {
        String reach = person.hasRole(Role.FACULTY) ? "(t = :reader or :reader member of c.faculty)" : "t = :reader";
        return Conditions.chosen()
                .and(reach, "reader", person.hasRole(Role.ADMINISTRATOR) ? null : person)
                .and("p.id = :placement", "placement", filter.placementId())
                .and("e.status = :status", "status", filter.status())
                .and("t.id = :trainee", "trainee", filter.traineeId())
                .and("e.loggedOn >= :from", "from", filter.from())
                .and("e.loggedOn <= :to", "to", filter.to());
    }

    private PracticumAccess access() {
        return new PracticumAccess(em);
    }
}
