package org.iecmhc.lms.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Reflective-supervision sessions: scheduling them with the trainees invited, and taking attendance. A faculty
 * member runs only the sessions they supervise; administrators run all of them. Either way the session's supervisor
 * must be one who supervises in its cohort ({@link CohortSupervisors}), or no hours are credited there. Notes are
 * {@link SessionNotes}.
 */
@ApplicationScoped
public class ReflectiveSupervision {

    @Inject
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    CohortSupervisors cohortSupervisors;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Transactional
    public SupervisionSession schedule(Viewer viewer, SessionDetails details) {
        SessionRules.check(details);
        Cohort cohort = cohort(details.cohortId());
        SupervisionSession session = new SupervisionSession(cohort);
        describe(viewer, session, details);
        em.persist(session);
        for (Account trainee : invitable(cohort, details.when().date(), details.traineeIds())) {
            em.persist(new Invitation(session, trainee));
            tell(trainee, "notification.sessionScheduled", session.getSlot().label());
        }
        em.flush(); // the caller needs the id at once, also when it runs this inside a wider transaction
        return session;
    }

    /** Changes a session; trainees no longer invited leave it with their attendance, new ones join. */
    @Transactional
    public SupervisionSession change(Viewer viewer, long id, long version, SessionDetails details) {
        SupervisionSession session = visible(viewer, id);
        session.requireVersion(version);
        requireNotCancelled(session);
        SessionRules.check(details);
        if (!session.getCohort().getId().equals(details.cohortId())) {
            throw new InputRejected("cohort", "supervision.cohort.fixed");
        }
        String before = session.getSlot().label();
        describe(viewer, session, details);
        String after = session.getSlot().label();
        List<Account> chosen = invitable(session.getCohort(), details.when().date(), details.traineeIds());
        Set<Long> already = invitationsAt(session).stream().map(i -> i.getTrainee().getId()).collect(Collectors.toSet());
        for (Invitation invitation : invitationsAt(session)) {
            if (!details.traineeIds().contains(invitation.getTrainee().getId())) {
                em.remove(invitation);
                tell(invitation.getTrainee(), "notification.sessionCancelled", before);
            } else if (!before.equals(after)) {
                tell(invitation.getTrainee(), "notification.sessionMoved", before, after);
            }
        }
        chosen.stream().filter(t -> !already.contains(t.getId())).forEach(t -> {
            em.persist(new Invitation(session, t));
            tell(t, "notification.sessionScheduled", after);
        });
        return session;
    }

    /**
     * Cancels a session that has not taken place: none of its attendance taken and its start still ahead. It stays,
     * marked with who cancelled it and when, so notes and notifications about it keep their session; each invitee
     * is told. Only those who may change it (its supervisor, administrators) may cancel it.
     */
    @Transactional
    public SupervisionSession cancel(Viewer viewer, long id, long version) {
        SupervisionSession session = visible(viewer, id);
        session.requireVersion(version);
        requireNotCancelled(session);
        List<Invitation> invited = invitationsAt(session);
        if (invited.stream().anyMatch(i -> i.getAttendance() != null)) {
            throw new InputRejected("cancel", "supervision.cancel.attendanceTaken");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!session.getSlot().getStartsAt().isAfter(now)) {
            throw new InputRejected("cancel", "supervision.cancel.started");
        }
        Account canceller = accounts.findByEmail(viewer.email())
                .orElseThrow(() -> new InputRejected("cancel", "supervision.session.notFound"));
        session.cancel(canceller, now);
        invited.forEach(i -> tell(i.getTrainee(), "notification.sessionCancelled", session.getSlot().label()));
        return session;
    }

    /** A cancelled session is closed for good: neither changed nor its attendance taken, so it never credits hours. */
    private static void requireNotCancelled(SupervisionSession session) {
        if (session.isCancelled()) {
            throw new InputRejected("cancel", "supervision.cancel.closed");
        }
    }

    /** Tells an invitee of their session's time: scheduled, moved, or no longer theirs. */
    private void tell(Account trainee, String messageKey, String... times) {
        notifications.tell(trainee.recipient(), NotificationKind.SUPERVISION_SCHEDULE, messageKey, List.of(times),
                "/supervision/mine.xhtml");
    }

    /** A session the viewer may run, or a refusal that does not reveal whether it exists. */
    public SupervisionSession visible(Viewer viewer, long id) {
        SupervisionSession session = em.find(SupervisionSession.class, id);
        if (session == null || !(viewer.administrator() || session.isSupervisedBy(viewer.email()))) {
            throw new InputRejected("date", "supervision.session.notFound");
        }
        return session;
    }

    public Optional<SupervisionSession> find(Viewer viewer, long id) {
        try {
            return Optional.of(visible(viewer, id));
        } catch (InputRejected notVisible) {
            return Optional.empty();
        }
    }

    public List<Invitation> invitations(Viewer viewer, long sessionId) {
        return invitationsAt(visible(viewer, sessionId));
    }

    /**
     * Who was invited to each of the sessions found by {@link #search}, which already kept to what the viewer may
     * see, in one query for the whole list: plain columns, so no session, cohort or account entity (and no account's
     * roles) is read per row.
     */
    public Map<Long, List<Invitee>> invitationsOf(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select i.session.id, t.id, t.firstName, t.lastName, i.attendance from Invitation i"
                        + " join i.trainee t where i.session.id in :ids order by t.lastName, t.firstName",
                        Object[].class)
                .setParameter("ids", sessionIds).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> new Invitee((Long) row[1],
                        row[2] + " " + row[3], (Attendance) row[4]), Collectors.toList())));
    }

    /**
     * Records attendance for invited trainees: a null value means not taken yet. Anyone not invited is refused,
     * whoever sends them, so attendance can never credit hours to a trainee who was not at the session; so is a
     * supervisor who no longer supervises in the cohort, so hours are credited only by those who may.
     */
    @Transactional
    public void takeAttendance(Viewer viewer, long sessionId, Map<Long, Attendance> byTrainee) {
        SupervisionSession session = visible(viewer, sessionId);
        requireNotCancelled(session);
        requireSupervisesIn(session.getSupervisor(), session.getCohort());
        Map<Long, Invitation> invited = invitationsAt(session).stream()
                .collect(Collectors.toMap(i -> i.getTrainee().getId(), i -> i));
        if (!invited.keySet().containsAll(byTrainee.keySet())) {
            throw new InputRejected("attendance", "supervision.attendance.notInvited");
        }
        byTrainee.forEach((traineeId, attendance) -> invited.get(traineeId).record(attendance));
    }

    /**
     * The trainees who may be invited on that date: those enrolled in the cohort, and those whose year there ended
     * (completed or not) on or after it, so past sessions stay editable after the cohort closes. Applicants and
     * withdrawn trainees are not in supervision.
     */
    public List<Account> invitableTrainees(long cohortId, LocalDate on) {
        return em.createQuery("select e.trainee from Enrollment e where e.cohort.id = :cohort and (e.status = :enrolled"
                        + " or (e.status in :ended and e.endedOn >= :on)) order by e.trainee.lastName, e.trainee.firstName",
                        Account.class)
                .setParameter("cohort", cohortId).setParameter("enrolled", EnrollmentStatus.ENROLLED)
                .setParameter("ended", List.of(EnrollmentStatus.COMPLETED, EnrollmentStatus.NOT_COMPLETED))
                .setParameter("on", on).getResultList();
    }

    /** Faculty supervise themselves; administrators may name any active faculty member. */
    public List<Account> supervisors(Viewer viewer) {
        if (viewer.administrator()) {
            return accounts.activeWithRole(Role.FACULTY);
        }
        return accounts.findByEmail(viewer.email()).filter(a -> a.hasRole(Role.FACULTY)).map(List::of).orElse(List.of());
    }

    /**
     * A page of sessions in one statement: plain columns with the counts of invitations and notes as subqueries, so
     * the supervisor's account and roles are not read, nor the counts per page in statements of their own.
     */
    public List<SessionSummary> search(Viewer viewer, Long cohortId, SessionSort sort, boolean ascending, int first,
                                       int pageSize) {
        TypedQuery<Object[]> query = em.createQuery("select s.id, s.slot.startsAt, s.kind, c.id, c.name,"
                + " p.firstName, p.lastName, s.topic, s.slot.minutes,"
                + " (select count(i) from Invitation i where i.session = s),"
                + " (select count(n) from SupervisionNote n where n.session = s), s.cancelledAt"
                + " from SupervisionSession s join s.cohort c join s.supervisor p" + where(viewer, cohortId)
                + sort.orderBy("s", ascending) + ", s.id desc", Object[].class);
        bind(query, viewer, cohortId);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                .map(row -> new SessionSummary((Long) row[0], PacificTime.fromUtc((LocalDateTime) row[1]),
                        (SessionKind) row[2], (Long) row[3], (String) row[4], row[5] + " " + row[6], (String) row[7],
                        (Integer) row[8], (Long) row[9], (Long) row[10], row[11] != null))
                .toList();
    }

    public long count(Viewer viewer, Long cohortId) {
        TypedQuery<Long> query = em.createQuery("select count(s) from SupervisionSession s" + where(viewer, cohortId),
                Long.class);
        bind(query, viewer, cohortId);
        return query.getSingleResult();
    }

    /** A trainee's own invitations, newest first, whatever the viewer's other roles. */
    public List<Invitation> mySessions(Viewer viewer) {
        return em.createQuery("select i from Invitation i join fetch i.session s join fetch s.supervisor"
                        + " where i.trainee.email = :email order by s.slot.startsAt desc, s.id desc", Invitation.class)
                .setParameter("email", viewer.email()).getResultList();
    }

    /** The supervision minutes a trainee has been credited with in every cohort: those of the sessions attended. */
    public long creditedMinutes(Viewer viewer) {
        Long minutes = em.createQuery("select sum(s.slot.minutes) from Invitation i join i.session s"
                        + " where i.trainee.email = :email and i.attendance = :present", Long.class)
                .setParameter("email", viewer.email()).setParameter("present", Attendance.PRESENT).getSingleResult();
        return minutes == null ? 0 : minutes;
    }

    private void describe(Viewer viewer, SupervisionSession session, SessionDetails details) {
        Account supervisor = supervisors(viewer).stream().filter(a -> a.getId().equals(details.supervisorId()))
                .findFirst().orElseThrow(() -> new InputRejected("supervisor", "supervision.supervisor.required"));
        requireSupervisesIn(supervisor, session.getCohort());
        session.describe(details.kind(), supervisor, details.when(), details.topic());
    }

    private void requireSupervisesIn(Account supervisor, Cohort cohort) {
        if (!cohortSupervisors.maySupervise(supervisor, cohort.getId())) {
            throw new InputRejected("supervisor", "supervision.supervisor.notOfCohort");
        }
    }

    private List<Account> invitable(Cohort cohort, LocalDate on, Set<Long> traineeIds) {
        List<Account> chosen = invitableTrainees(cohort.getId(), on).stream()
                .filter(t -> traineeIds.contains(t.getId())).toList();
        if (chosen.size() != traineeIds.size()) {
            throw new InputRejected("trainees", "supervision.trainees.notEnrolled");
        }
        return chosen;
    }

    private Cohort cohort(long id) {
        Cohort cohort = em.find(Cohort.class, id);
        if (cohort == null) {
            throw new InputRejected("cohort", "supervision.cohort.required");
        }
        return cohort;
    }

    private List<Invitation> invitationsAt(SupervisionSession session) {
        return em.createQuery("select i from Invitation i join fetch i.trainee where i.session = :s"
                + " order by i.trainee.lastName, i.trainee.firstName", Invitation.class)
                .setParameter("s", session).getResultList();
    }

    /** Counts only: the session list never reads a note's text. */
    private static String where(Viewer viewer, Long cohortId) {
        return " where 1 = 1" + (viewer.administrator() ? "" : " and s.supervisor.email = :email")
                + (cohortId == null ? "" : " and s.cohort.id = :cohort");
    }

    private static void bind(TypedQuery<?> query, Viewer viewer, Long cohortId) {
        if (!viewer.administrator()) {
            query.setParameter("email", viewer.email());
        }
        if (cohortId != null) {
            query.setParameter("cohort", cohortId);
        }
    }
}
