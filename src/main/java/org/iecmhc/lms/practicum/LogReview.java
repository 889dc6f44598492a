package org.iecmhc.lms.practicum;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.persistence.Like;
import org.iecmhc.lms.platform.text.TypedText;

/** The cohort's faculty review their trainees' log entries: approve them, or return them with a comment. */
@ApplicationScoped
public class LogReview {

    private static final String WAITING = " from LogEntry e join e.placement p join p.enrollment en join en.trainee t"
            + " join en.cohort c join p.provider pr where e.status = :submitted and :faculty member of c.faculty";

    private EntityManager em;
    private Clock clock;

    protected LogReview() {
    }

    @Inject
    public LogReview(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Entries waiting in the cohorts the faculty member teaches, narrowed by the filter. */
    public List<ReviewRow> queue(String email, ReviewFilter filter, ReviewSort sort, boolean ascending, int first, int pageSize) {
        TypedQuery<Object[]> query = em.createQuery("select e.id, e.version, t.firstName, t.lastName, c.name, pr.name,"
                + " e.loggedOn, e.startsAt, e.minutes, e.activity, e.note" + WAITING + narrowed(filter)
                + sort.orderBy(ascending), Object[].class);
        bind(query, email, filter);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                .map(r -> new ReviewRow((Long) r[0], (Long) r[1], r[2] + " " + r[3], (String) r[4], (String) r[5],
                        (LocalDate) r[6], (LocalTime) r[7], (Integer) r[8], (PracticumActivity) r[9], (String) r[10]))
                .toList();
    }

    public long queueSize(String email, ReviewFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(e)" + WAITING + narrowed(filter), Long.class);
        bind(query, email, filter);
        return query.getSingleResult();
    }

    /** Approves the entry as the faculty member saw it: a version changed meanwhile by its trainee is refused. */
    @Transactional
    public LogEntry approve(String email, long entryId, long version) {
        Account faculty = access().caller(email);
        LogEntry entry = waiting(faculty, entryId, version);
        entry.approve(faculty, LocalDateTime.now(clock));
        return entry;
    }

    /** Approves every entry given (id to the version seen) in one go; one refused entry approves none. */
    @Transactional
    public int approveAll(String email, Map<Long, Long> versions) {
        Account faculty = access().caller(email);
        LocalDateTime now = LocalDateTime.now(clock);
        versions.forEach((id, version) -> waiting(faculty, id, version).approve(faculty, now));
        return versions.size();
    }

    @Transactional
    public LogEntry giveBack(String email, long entryId, long version, String comment) {
        Account faculty = access().caller(email);
        if (comment == null || comment.isBlank()) {
            throw new PracticumRejected("comment", "practicum.review.comment.required");
        }
        TypedText.requireFits(comment, PracticumLimits.REVIEW_COMMENT, PracticumRejected::new, "comment",
                "practicum.text.tooLong");
        LogEntry entry = waiting(faculty, entryId, version);
        entry.giveBack(faculty, comment.trim(), LocalDateTime.now(clock));
        return entry;
    }

    private LogEntry waiting(Account faculty, long entryId, long version) {
        LogEntry entry = Optional.ofNullable(em.find(LogEntry.class, entryId))
                .filter(e -> PracticumAccess.teaches(faculty, e.getPlacement().getCohort()))
                .orElseThrow(PracticumAccess::notFound);
        entry.requireVersion(version);
        if (entry.getStatus() != EntryStatus.SUBMITTED) {
            throw new PracticumRejected("", "practicum.review.notWaiting");
        }
        return entry;
    }

    private static String narrowed(ReviewFilter filter) {
        return (filter.cohortId() == null ? "" : " and c.id = :cohort")
                + (filter.day() == null ? "" : " and e.loggedOn = :day")
                + (filter.hasTrainee() ? " and lower(concat(t.firstName, ' ', t.lastName)) like :trainee" : "");
    }

    private void bind(TypedQuery<?> query, String email, ReviewFilter filter) {
        query.setParameter("submitted", EntryStatus.SUBMITTED).setParameter("faculty", access().caller(email));
        if (filter.cohortId() != null) {
            query.setParameter("cohort", filter.cohortId());
        }
        if (filter.day() != null) {
            query.setParameter("day", filter.day());
        }
        if (filter.hasTrainee()) {
            query.setParameter("trainee", Like.containing(filter.trainee()));
        }
    }

    private PracticumAccess access() {
        return new PracticumAccess(em);
    }
}
