package org.iecmhc.lms.announcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.Accounts;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.notification.Notifications;
import org.iecmhc.lms.platform.persistence.SqlRead;
import org.iecmhc.lms.platform.persistence.UnionAll;
import org.iecmhc.lms.platform.text.TypedText;
import org.iecmhc.lms.platform.time.PacificTime;

/**
 * Announcements: administrators publish to the whole Network, a cohort, a role or a course, faculty to a course they
 * teach. Each call names the signed-in person by e-mail; their roles are read from the database at every call.
 * A reader sees an announcement on the home page from its publication to its last day (California date) unless they
 * dismissed it.
 */
@ApplicationScoped
public class Announcements {

    /** Enrollments whose trainee hears the cohort's and its courses' announcements. */
    static final List<EnrollmentStatus> READERS = EnrollmentStatus.admittedOnes();
    static final String HOME_PAGE = "/index.xhtml";
    /**
     * The home page's announcements of a reader, plain columns with their publication time for the order: the reader's
     * roles, cohorts and courses are subqueries by their address, so no account is loaded. The {@code ?} are today's
     * date, then the reader's address six times.
     */
    private static final String SHOWN_TO = "select n.id, n.audience, n.title_en, n.body_en, n.title_es, n.body_es,"
            + " n.published_at from announcement n where n.expires_on >= ? and not exists (select 1 from"
            + " announcement_dismissal d join account da on da.id = d.account_id where d.announcement_id = n.id"
            + " and da.email = ?) and (n.audience = '" + Audience.NETWORK.name() + "'"
            + " or n.audience = '" + Audience.ROLE.name() + "' and exists (select 1 from account_role r"
            + " join account a on a.id = r.account_id where a.email = ? and r.role = n.role)"
            + " or n.audience = '" + Audience.COHORT.name() + "' and (exists (select 1 from cohort_faculty cf"
            + " join account f on f.id = cf.account_id where cf.cohort_id = n.cohort_id and f.email = ?)"
            + " or exists (select 1 from enrollment e join account et on et.id = e.trainee_id"
            + " where e.cohort_id = n.cohort_id and et.email = ? and e.status in (" + UnionAll.names(READERS) + ")))"
            + " or n.audience = '" + Audience.COURSE.name() + "' and (exists (select 1 from course_teacher ct"
            + " join account t on t.id = ct.account_id where ct.course_id = n.course_id and t.email = ?)"
            + " or exists (select 1 from course k join enrollment e on e.cohort_id = k.cohort_id"
            + " join account et on et.id = e.trainee_id where k.id = n.course_id and et.email = ?"
            + " and e.status in (" + UnionAll.names(READERS) + "))))"
            + " order by n.published_at desc, n.id desc limit " + AnnouncementLimits.SHOWN_AT_HOME;
    private static final int SHOWN_TO_COLUMNS = 7;
    private static final int SHOWN_TO_READERS = 6;

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    /** Publishes the announcement and, when asked, queues its mail to every reader in their language. */
    @Transactional
    public Announcement publish(String email, AnnouncementDetails details) {
        Account author = person(email);
        if (details.audience() == null) {
            throw new AnnouncementRejected("audience", "announcement.audienceRequired");
        }
        boolean administrator = author.hasRole(Role.ADMINISTRATOR);
        if (!administrator && (!author.hasRole(Role.FACULTY) || details.audience() != Audience.COURSE)) {
            throw new AnnouncementRejected("audience", "announcement.audienceNotYours");
        }
        Cohort cohort = null;
        Course course = null;
        Role role = null;
        switch (details.audience()) {
            case COHORT -> cohort = Optional.ofNullable(details.cohortId()).map(id -> em.find(Cohort.class, id))
                    .orElseThrow(() -> new AnnouncementRejected("cohort", "announcement.cohortRequired"));
            case ROLE -> role = Optional.ofNullable(details.role())
                    .orElseThrow(() -> new AnnouncementRejected("role", "announcement.roleRequired"));
            case COURSE -> course = Optional.ofNullable(details.courseId()).map(id -> em.find(Course.class, id))
                    .filter(found -> administrator || found.isTaughtBy(author))
                    .orElseThrow(() -> new AnnouncementRejected("course", "announcement.courseRequired"));
            case NETWORK -> { }
        }
        Announcement.Text english = text("En", details.titleEn(), details.bodyEn());
        Announcement.Text spanish = text("Es", details.titleEs(), details.bodyEs());
        if (english == null && spanish == null) {
            throw new AnnouncementRejected("titleEn", "announcement.textRequired");
        }
        LocalDate today = PacificTime.today(clock);
        if (details.lastDay() == null || details.lastDay().isBefore(today)) {
            throw new AnnouncementRejected("lastDay", "announcement.lastDayPast");
        }
        Announcement announcement = new Announcement(details.audience(), cohort, role, course, english, spanish, author,
                LocalDateTime.now(clock), details.lastDay(), details.mail());
        em.persist(announcement);
        em.flush();
        if (details.mail()) {
            tellReaders(announcement);
        }
        return announcement;
    }

    /** Administrators delete any announcement, faculty their own. */
    @Transactional
    public void delete(String email, long id) {
        em.remove(own(person(email), id));
    }

    /** The announcements the person may manage, newest first: every one for administrators, their own for faculty. */
    public List<Announcement> list(String email, int first, int pageSize) {
        return managed(person(email), "select n from Announcement n", " order by n.publishedAt desc, n.id desc",
                Announcement.class).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(String email) {
        return managed(person(email), "select count(n) from Announcement n", "", Long.class).getSingleResult();
    }

    /**
     * What the person's home page shows: announcements for them, not past their last day, not dismissed, newest first
     * and at most {@link AnnouncementLimits#SHOWN_AT_HOME}, in one statement.
     */
    public List<ShownAnnouncement> activeFor(String email) {
        return shownTo(email).from(em);
    }

    /** {@link #activeFor} as a read not sent yet: the home page sends it with its other reads. */
    public SqlRead<List<ShownAnnouncement>> shownTo(String email) {
        List<Object> parameters = new ArrayList<>(List.of(PacificTime.today(clock)));
        parameters.addAll(Collections.nCopies(SHOWN_TO_READERS, Account.normalizeEmail(email)));
        return new SqlRead<>(SHOWN_TO, parameters, SHOWN_TO_COLUMNS, Announcements::shown);
    }

    private static List<ShownAnnouncement> shown(List<Object[]> rows) {
        return rows.stream()
                .sorted(Comparator.comparing((Object[] r) -> UnionAll.time(r[6])).thenComparing(r -> id(r))
                        .reversed())
                .map(r -> new ShownAnnouncement(id(r), Audience.valueOf((String) r[1]), (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5]))
                .toList();
    }

    private static long id(Object[] row) {
        return ((Number) row[0]).longValue();
    }

    /** The reader hides an announcement from their home page; dismissing twice or another's is answered alike. */
    @Transactional
    public void dismiss(String email, long id) {
        Account reader = person(email);
        if (activeFor(email).stream().anyMatch(shown -> shown.id() == id)) {
            em.persist(new AnnouncementDismissal(em.find(Announcement.class, id), reader, LocalDateTime.now(clock)));
        }
    }

    /** The cohorts an administrator may address. */
    public List<Cohort> cohorts() {
        return em.createQuery("select c from Cohort c where c.status <> :closed order by c.startDate desc, c.name",
                Cohort.class).setParameter("closed", CohortStatus.CLOSED).getResultList();
    }

    /** The courses the person may address: those they teach, or every course of an open cohort for administrators. */
    public List<Course> courses(String email) {
        Account person = person(email);
        return person.hasRole(Role.ADMINISTRATOR)
                ? em.createQuery("select k from Course k where k.cohort.status <> :closed order by k.cohort.startDate desc,"
                        + " k.title", Course.class).setParameter("closed", CohortStatus.CLOSED).getResultList()
                : em.createQuery("select k from Course k where :person member of k.teachers order by k.cohort.startDate desc,"
                        + " k.title", Course.class).setParameter("person", person).getResultList();
    }

    private Account person(String email) {
        return Accounts.byEmail(em, email).orElseThrow(() -> new AnnouncementRejected(null, "announcement.notFound"));
    }

    private Announcement own(Account person, long id) {
        return Optional.ofNullable(em.find(Announcement.class, id))
                .filter(found -> person.hasRole(Role.ADMINISTRATOR)
                        || person.hasRole(Role.FACULTY) && found.getAuthor().getId().equals(person.getId()))
                .orElseThrow(() -> new AnnouncementRejected(null, "announcement.notFound"));
    }

    private <T> TypedQuery<T> managed(Account person, String select, String order, Class<T> type) {
        if (person.hasRole(Role.ADMINISTRATOR)) {
            return em.createQuery(select + order, type);
        }
        if (!person.hasRole(Role.FACULTY)) {
            throw new AnnouncementRejected(null, "announcement.notFound");
        }
        return em.createQuery(select + " where n.author = :author" + order, type).setParameter("author", person);
    }

    /** Both fields typed, or neither (that language is left out); the title one line, the body several. */
    private static Announcement.Text text(String language, String title, String body) {
        String typedTitle = TypedText.trimmedOrNull(title);
        String typedBody = TypedText.trimmedOrNull(body);
        if (typedTitle == null && typedBody == null) {
            return null;
        }
        if (typedTitle == null) {
            throw new AnnouncementRejected("title" + language, "announcement.titleRequired");
        }
        if (typedBody == null) {
            throw new AnnouncementRejected("body" + language, "announcement.bodyRequired");
        }
        TypedText.requireFits(typedTitle, AnnouncementLimits.TITLE, AnnouncementRejected::new, "title" + language,
                "announcement.titleTooLong");
        TypedText.requireFits(typedBody, AnnouncementLimits.BODY, AnnouncementRejected::new, "body" + language,
                "announcement.bodyTooLong");
        if (TypedText.hasControlCharacters(typedTitle, false)) {
            throw new AnnouncementRejected("title" + language, "announcement.controlCharacters");
        }
        if (TypedText.hasControlCharacters(typedBody, true)) {
            throw new AnnouncementRejected("body" + language, "announcement.controlCharacters");
        }
        return new Announcement.Text(typedTitle, typedBody);
    }

    /**
     * Tells every active reader, in their language, as each chose to hear of announcements (a mail at once unless they
     * chose the daily summary or the application only), reading the readers a batch at a time by id and letting go of
     * each batch once told, so that a Network-wide announcement keeps only one batch in memory.
     */
    private void tellReaders(Announcement announcement) {
        long announcementId = announcement.getId();
        long after = 0;
        List<Account> batch;
        do {
            Announcement current = em.find(Announcement.class, announcementId);
            batch = readers(current, after);
            for (Account reader : batch) {
                Announcement.Text text = current.textFor(reader.getPreferredLanguage());
                notifications.tell(reader.recipient(), NotificationKind.ANNOUNCEMENT, "notification.announcement",
                        List.of(text.title(), text.body()), HOME_PAGE);
                after = reader.getId();
            }
            em.flush();
            em.clear();
        } while (batch.size() == AnnouncementLimits.MAIL_BATCH);
    }

    private List<Account> readers(Announcement announcement, long after) {
        String select = "select a from Account a where a.active = true and a.id > :after and ";
        String order = " order by a.id";
        TypedQuery<Account> query = switch (announcement.getAudience()) {
            case NETWORK -> em.createQuery("select a from Account a where a.active = true and a.id > :after" + order, Account.class);
            case ROLE -> em.createQuery("select a from Account a join a.roles r where a.active = true and a.id > :after"
                    + " and r = :role" + order, Account.class).setParameter("role", announcement.getRole());
            case COHORT -> em.createQuery(select + "(exists (select c from Cohort c join c.faculty f where c = :cohort"
                            + " and f = a) or exists (select e from Enrollment e where e.cohort = :cohort and e.trainee = a"
                            + " and e.status in :readers))" + order, Account.class)
                    .setParameter("cohort", announcement.getCohort()).setParameter("readers", READERS);
            case COURSE -> em.createQuery(select + "(exists (select k from Course k where k = :course and a member of k.teachers)"
                            + " or exists (select e from Enrollment e where e.cohort = :cohort and e.trainee = a"
                            + " and e.status in :readers))" + order, Account.class)
                    .setParameter("course", announcement.getCourse())
                    .setParameter("cohort", announcement.getCourse().getCohort()).setParameter("readers", READERS);
        };
        return query.setParameter("after", after).setMaxResults(AnnouncementLimits.MAIL_BATCH).getResultList();
    }
}
