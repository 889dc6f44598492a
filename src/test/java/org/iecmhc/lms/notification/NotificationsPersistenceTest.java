package org.iecmhc.lms.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.course.AssignmentDetails;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.course.GradingKind;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.mail.CommittedSteps;
import org.iecmhc.lms.platform.mail.OutboxSender;
import org.iecmhc.lms.platform.schedule.Instance;
import org.iecmhc.lms.platform.security.CurrentStamp;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Ports;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.StatementCounter;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Telling, reading, choosing and unsubscribing, the digest and the reminders, against MariaDB; the mails go through
 * the real outbox sender to a real SMTP server (GreenMail).
 */
class NotificationsPersistenceTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/notification/unsubscribe\\.xhtml\\?token=(\\S+)");

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();

    /** 2026-03-02 09:10 in California. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T17:10:00Z"));
    private final int port = Ports.take();
    private final GreenMail relay = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void aNotificationIsMailedAtOnceByDefaultInTheRecipientsLanguageAndNotWhenTheyChoseInAppOnly() throws Exception {
        Account ana = person("ana@notify.example.org", Language.EN, Role.TRAINEE);
        Account eva = person("eva@notify.example.org", Language.ES, Role.TRAINEE);
        tell(ana, NotificationKind.SUBMISSION_GRADED, "notification.graded", "Essay", "Foundations");
        tell(eva, NotificationKind.SUBMISSION_GRADED, "notification.graded", "Ensayo", "Fundamentos");
        services(s -> {
            s.notifications().choose(ana.getEmail(), Map.of(NotificationKind.SUBMISSION_GRADED, Delivery.IN_APP_ONLY));
            return null;
        });
        tell(ana, NotificationKind.SUBMISSION_GRADED, "notification.returned", "Essay", "Foundations");

        assertEquals(2L, (long) services(s -> s.notifications().unread(ana.getEmail())), "both are shown in-app");
        relay.start();
        assertEquals(2, sender().sendDue(), "one mail each for the two told at once, none for in-app only");
        MimeMessage[] received = relay.getReceivedMessages();
        assertEquals("Your work on \"Essay\" (Foundations) was graded.", received[0].getSubject());
        assertEquals("Su trabajo en «Ensayo» (Fundamentos) fue calificado.", received[1].getSubject());
        String body = GreenMailUtil.getBody(received[0]);
        assertTrue(body.contains("/course/assignment.xhtml?id=7"), "the page it is about");
        assertTrue(UNSUBSCRIBE.matcher(body).find(), "an unsubscribe link in every notification mail");
    }

    @Test
    void eachPersonReadsOnlyTheirOwnNewestFirstAndMarksThemRead() {
        Account ana = person("ana@read.example.org", Language.EN, Role.TRAINEE);
        Account ben = person("ben@read.example.org", Language.EN, Role.TRAINEE);
        for (int i = 1; i <= 3; i++) {
            tell(ana, NotificationKind.PRACTICUM_REVIEWED, "notification.practicumApproved", "2026-03-0" + i);
            clock.advance(java.time.Duration.ofMinutes(1));
        }
        tell(ben, NotificationKind.PRACTICUM_REVIEWED, "notification.practicumApproved", "2026-03-09");

        NotificationPage first = services(s -> s.notifications().page(ana.getEmail(), 0, 2));
        assertEquals(3, first.total());
        assertEquals(List.of("Your practicum entry of 2026-03-03 was approved.",
                "Your practicum entry of 2026-03-02 was approved."),
                first.rows().stream().map(n -> n.text(java.util.Locale.ENGLISH)).toList(), "newest first");
        assertTrue(first.hasNext());
        assertEquals("Su registro de práctica del 2026-03-01 fue aprobado.", services(s -> s.notifications()
                .page(ana.getEmail(), 1, 2)).rows().get(0).text(Language.ES.locale()), "in the reader's language");
        assertEquals(Notifications.MAX_PAGE_SIZE, services(s -> s.notifications().page(ana.getEmail(), 0, 10_000)).size(),
                "the page size is bounded");

        long bens = services(s -> s.notifications().page(ben.getEmail(), 0, 10)).rows().get(0).getId();
        assertTrue(services(s -> s.notifications().markRead(ana.getEmail(), bens)).isEmpty(), "not Ana's to mark");
        assertEquals(1L, (long) services(s -> s.notifications().unread(ben.getEmail())));
        long anas = first.rows().get(0).getId();
        assertTrue(services(s -> s.notifications().markRead(ana.getEmail(), anas)).orElseThrow().isRead());
        assertEquals(2L, (long) services(s -> s.notifications().unread(ana.getEmail())));
        assertEquals(2, (int) services(s -> s.notifications().markAllRead(ana.getEmail())));
        assertEquals(0L, (long) services(s -> s.notifications().unread(ana.getEmail())));
        assertEquals(1L, (long) services(s -> s.notifications().unread(ben.getEmail())), "Ben's stay unread");
    }

    /** Every signed-in page request reads the stamp; the bell's count comes in that statement, not in one of its own. */
    @Test
    void theSecurityStampCheckBringsTheBellsCountInItsOneStatement() {
        Account ana = person("ana@bell.example.org", Language.EN, Role.TRAINEE);
        Account ben = person("ben@bell.example.org", Language.EN, Role.TRAINEE);
        assertEquals(0L, unreadWithTheStamp(ana));

        tell(ana, NotificationKind.PRACTICUM_REVIEWED, "notification.practicumApproved", "2026-03-01");
        tell(ana, NotificationKind.PRACTICUM_REVIEWED, "notification.practicumApproved", "2026-03-02");
        tell(ben, NotificationKind.PRACTICUM_REVIEWED, "notification.practicumApproved", "2026-03-03");
        assertEquals(2L, unreadWithTheStamp(ana), "her own only");
        assertEquals(1L, unreadWithTheStamp(ben));

        long first = services(s -> s.notifications().page(ana.getEmail(), 0, 10)).rows().get(0).getId();
        services(s -> s.notifications().markRead(ana.getEmail(), first));
        assertEquals(1L, unreadWithTheStamp(ana), "one read");
        services(s -> s.notifications().markAllRead(ana.getEmail()));
        assertEquals(0L, unreadWithTheStamp(ana), "all read");
        assertEquals(1L, unreadWithTheStamp(ben), "his stay unread");
    }

    @Test
    void anUnsubscribeTokenSetsItsOwnKindToInAppOnlyAndAForgedOneChangesNothing() {
        Account ana = person("ana@unsubscribe.example.org", Language.EN, Role.TRAINEE);
        Account ben = person("ben@unsubscribe.example.org", Language.EN, Role.TRAINEE);
        tell(ana, NotificationKind.SUBMISSION_GRADED, "notification.graded", "Essay", "Foundations");
        tell(ben, NotificationKind.SUBMISSION_GRADED, "notification.graded", "Essay", "Foundations");
        String token = tokenIn(ana.getEmail());
        String[] parts = token.split("\\.");

        List<String> forged = List.of(ben.getId() + "." + parts[1] + "." + parts[2],
                parts[0] + ".ACCOUNT_CHANGE." + parts[2],
                parts[0] + "." + parts[1] + "." + parts[2].substring(1) + (parts[2].charAt(0) == 'A' ? 'B' : 'A'),
                token + "x", "", "1.NOPE.x");
        for (String attempt : forged) {
            assertEquals(Optional.empty(), services(s -> s.notifications().unsubscribe(attempt)), attempt);
        }
        assertEquals(NotificationKind.SUBMISSION_GRADED.byDefault(), preference(ana, NotificationKind.SUBMISSION_GRADED));
        assertEquals(NotificationKind.ACCOUNT_CHANGE.byDefault(), preference(ana, NotificationKind.ACCOUNT_CHANGE));
        assertEquals(Delivery.AT_ONCE, preference(ben, NotificationKind.SUBMISSION_GRADED));

        assertEquals(Optional.of(NotificationKind.SUBMISSION_GRADED), services(s -> s.notifications().unsubscribe(token)));
        assertEquals(Delivery.IN_APP_ONLY, preference(ana, NotificationKind.SUBMISSION_GRADED));
        assertEquals(Delivery.AT_ONCE, preference(ana, NotificationKind.ACCOUNT_CHANGE), "only the link's kind");
        assertEquals(Delivery.AT_ONCE, preference(ben, NotificationKind.SUBMISSION_GRADED), "only the link's person");
    }

    @Test
    void theDigestGathersAPersonsNotificationsIntoOneMailInTheirLanguageOnce() throws Exception {
        Account eva = person("eva@digest.example.org", Language.ES, Role.FACULTY);
        Account ana = person("ana@digest.example.org", Language.EN, Role.TRAINEE);
        tell(eva, NotificationKind.SUBMISSION_TO_GRADE, "notification.toGrade", "Ensayo", "Fundamentos");
        tell(eva, NotificationKind.SUBMISSION_TO_GRADE, "notification.toGrade", "Diario", "Fundamentos");
        tell(ana, NotificationKind.SUBMISSION_GRADED, "notification.graded", "Essay", "Foundations");

        assertEquals(1, (int) services(s -> s.notificationDigest().send()), "Eva's two in one; Ana's went at once");
        assertEquals(0, (int) services(s -> s.notificationDigest().send()), "nothing is gathered twice");
        relay.start();
        assertEquals(2, sender().sendDue());
        MimeMessage digest = null;
        for (MimeMessage mail : relay.getReceivedMessages()) {
            if ("eva@digest.example.org".equals(mail.getAllRecipients()[0].toString())) {
                digest = mail;
            }
        }
        assertTrue(digest != null, "Eva got her digest");
        assertEquals("Su resumen diario de avisos (2)", digest.getSubject());
        String body = GreenMailUtil.getBody(digest);
        assertTrue(body.contains("Ensayo") && body.contains("Diario"), "both listed: " + body);
        assertTrue(UNSUBSCRIBE.matcher(body).find(), "the digest carries an unsubscribe link per kind");
    }

    @Test
    void twoSchedulersOnOneDatabaseSendOneReminderAndOneDigest() throws Exception {
        Account faculty = person("faculty@cluster.example.org", Language.EN, Role.FACULTY);
        Account trainee = person("ana@cluster.example.org", Language.EN, Role.TRAINEE);
        Account done = person("ben@cluster.example.org", Language.EN, Role.TRAINEE);
        long assignment = db.inTransaction(em -> {
            Cohort cohort = new Cohort("Cluster 2025-2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30),
                    InstructionLanguage.values()[0], 40);
            em.persist(cohort);
            for (Account person : List.of(trainee, done)) {
                em.persist(new Enrollment(cohort, em.find(Account.class, person.getId()), EnrollmentStatus.ENROLLED,
                        LocalDate.of(2025, 9, 1)));
            }
            em.flush();
            Services s = Services.on(em, clock);
            long course = s.courses().create(cohort.getId(), new CourseDetails("Foundations", "About it", null, null,
                    true, 70), faculty.getId()).getId();
            // Due 48 hours and 20 minutes after now: in the window of the current hour's reminders.
            return s.courses().saveAssignment(course, null, null, new AssignmentDetails("Essay", "Write it.",
                    LocalDateTime.of(2026, 3, 4, 17, 30), GradingKind.POINTS, 10, List.of())).getId();
        });
        services(s -> s.submissions().submit(done.getEmail(), assignment, "Handed in early", List.of()));

        List<NotificationJobs> cluster = List.of(jobs(), jobs());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> rounds = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (NotificationJobs instance : cluster) {
                    rounds.add(threads.submit((Callable<Void>) () -> {
                        instance.runDue();
                        return null;
                    }));
                }
            }
            for (Future<?> round : rounds) {
                round.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(List.of("ASSIGNMENT_DUE"), kindsOf(trainee), "one reminder, for the one who has not handed in");
        assertEquals(List.of(), kindsOf(done));
        relay.start();
        assertEquals(2, sender().sendDue(), "the reminder and the faculty's digest of the new submission");
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : relay.getReceivedMessages()) {
            subjects.add(mail.getAllRecipients()[0] + ": " + mail.getSubject());
        }
        assertEquals(List.of("ana@cluster.example.org: \"Essay\" (Foundations) is due on 2026-03-04 09:30 PT and you have not handed it in yet.",
                "faculty@cluster.example.org: Your daily summary of notifications (1)"),
                subjects.stream().sorted().toList());
        assertFalse(db.inTransaction(em -> em.createQuery("select count(n) from Notification n where n.digestDue = true",
                Long.class).getSingleResult()) > 0, "the digest is done");
    }

    /** One instance of the cluster: its own name and memory, the shared database, each step committed on return. */
    private NotificationJobs jobs() {
        NotificationJobs jobs = new NotificationJobs() {
            @Override
            Iterable<ReminderSource> sources() {
                return List.of(new ReminderSource() {
                    @Override
                    public String job() {
                        return "assignment-due-reminders";
                    }

                    @Override
                    public java.time.temporal.ChronoUnit period() {
                        return java.time.temporal.ChronoUnit.HOURS;
                    }

                    @Override
                    public int remind(java.time.ZonedDateTime periodStart) {
                        return services(s -> s.dueReminders().remind(periodStart));
                    }
                });
            }
        };
        jobs.instance = new Instance();
        jobs.clock = clock;
        jobs.leases = CommittedSteps.leases(db, clock);
        jobs.digest = new NotificationDigest() {
            @Override
            public int send() {
                return services(s -> s.notificationDigest().send());
            }
        };
        return jobs;
    }

    private OutboxSender sender() {
        return CommittedSteps.sender(db, clock, CommittedSteps.relayAt(port, 0));
    }

    private Account person(String email, Language language, Role role) {
        return services(s -> s.accounts().create(new AccountDetails(email, "First", email.substring(0, email.indexOf('@')),
                language, EnumSet.of(role)), "long enough password", false));
    }

    private void tell(Account person, NotificationKind kind, String key, String... arguments) {
        services(s -> {
            s.notifications().tell(person.recipient(), kind, key, List.of(arguments), "/course/assignment.xhtml?id=7");
            return null;
        });
    }

    /**
     * The bell's count as the security stamp check reads it, which must be one statement and agree with the count the
     * bell makes itself when the request had no stamp read.
     */
    private long unreadWithTheStamp(Account person) {
        StatementCounter.Counted<CurrentStamp> read = db.statements().count(() ->
                services(s -> s.securityStamps().current(person.getEmail())).orElseThrow());
        assertEquals(1, read.statements(), "the stamp and the bell's count in one statement");
        long unread = read.result().figures().get(UnreadNotifications.NAME);
        assertEquals((long) services(s -> s.notifications().unread(person.getEmail())), unread, "the bell's own count");
        return unread;
    }

    private Delivery preference(Account person, NotificationKind kind) {
        return services(s -> s.notifications().preferences(person.getEmail()).get(kind));
    }

    private List<String> kindsOf(Account person) {
        return services(s -> s.notifications().page(person.getEmail(), 0, 10).rows().stream()
                .map(n -> n.getKind().name()).toList());
    }

    private String tokenIn(String email) {
        String text = db.inTransaction(em -> (String) em.createNativeQuery("select text_body from outbox_mail"
                + " where recipient = ?1 order by id desc").setParameter(1, email).setMaxResults(1).getSingleResult());
        Matcher link = UNSUBSCRIBE.matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    private <T> T services(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, clock)));
    }
}
