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
import jakarta.transaction.Transactional;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.platform.persistence.Conditions;
import org.iecmhc.lms.platform.text.TypedText;

/** The cohort's faculty review their trainees' log entries: approve them, or return them with a comment. */
@ApplicationScoped
public class LogReview {

    /** Each entry with what its row shows; {@link #waiting} keeps those waiting for the faculty member. */
    private static final String ENTRIES = " from LogEntry e join e.placement p join p.enrollment en join en.trainee t"
            + " join en.cohort c join p.provider pr";

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    /** Entries waiting in the cohorts the faculty member teaches, narrowed by the filter. */
    public List<ReviewRow> queue(String email, ReviewFilter filter, ReviewSort sort, boolean ascending, int first, int pageSize) {
        return waiting(email, filter).page(em, "select e.id, e.version, t.firstName, t.lastName, c.name, pr.name,"
                + " e.loggedOn, e.startsAt, e.minutes, e.activity, e.note" + ENTRIES, sort.ordering(ascending),
                Object[].class, first, pageSize).stream()
                .map(r -> new ReviewRow((Long) r[0], (Long) r[1], r[2] + " " + r[3], (String) r[4], (String) r[5],
                        (LocalDate) r[6], (LocalTime) r[7], (Integer) r[8], (PracticumActivity) r[9], (String) r[10]))
                .toList();
    }

    public long queueSize(String email, ReviewFilter filter) {
        return waiting(email, filter).count(em, "select count(e)" + ENTRIES);
    }

    /** Approves the entry as the faculty member saw it: a version changed meanwhile by its trainee is refused. */
    @Transactional
    public LogEntry approve(String email, long entryId, long version) {
        Account faculty = access().caller(email);
        LogEntry entry = waiting(faculty, entryId, version);
        entry.approve(faculty, LocalDateTime.now(clock));
        tellTrainee(entry, "notification.practicumApproved");
        return entry;
    }

    /** Approves every entry given (id to the version seen) in one go; one refused entry approves none. */
    @Transactional
    public int approveAll(String email, Map<Long, Long> versions) {
        Account faculty = access().caller(email);
        LocalDateTime now = LocalDateTime.now(clock);
        versions.forEach((id, version) -> {
            LogEntry entry = waiting(faculty, id, version);
            entry.approve(faculty, now);
            tellTrainee(entry, "notification.practicumApproved");
        });
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
        tellTrainee(entry, "notification.practicumReturned");
        return entry;
    }

    private void tellTrainee(LogEntry entry, String messageKey) {
        notifications.tell(entry.getTrainee().recipient(), NotificationKind.PRACTICUM_REVIEWED, messageKey,
                List.of(entry.getLoggedOn().toString()), "/practicum/log.xhtml?placement=" + entry.getPlacement().getId());
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

    /** The entries waiting in the faculty member's cohorts, narrowed by the filter. */
    private Conditions waiting(String email, ReviewFilter filter) {
        return Conditions.chosen()
                .and("e.status = :submitted", "submitted", EntryStatus.SUBMITTED)
                .and(":faculty member of c.faculty", "faculty", access().caller(email))
                .and("c.id = :cohort", "cohort", filter.cohortId())
                .and("e.loggedOn = :day", "day", filter.day())
                .andContaining("lower(concat(t.firstName, ' ', t.lastName)) like :trainee", "trainee", filter.trainee());
    }

    private PracticumAccess access() {
        return new PracticumAccess(em);
    }
}
