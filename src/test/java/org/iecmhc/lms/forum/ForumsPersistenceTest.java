package org.iecmhc.lms.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.notification.Delivery;
import org.iecmhc.lms.notification.NotificationKind;
import org.iecmhc.lms.platform.files.FileRejected;
import org.iecmhc.lms.platform.files.FileStore;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.privacy.DataSubject;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.iecmhc.lms.testsupport.Uploads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forums against MariaDB: who is a member (and stops being one when withdrawn), the 30-minute edit window, hiding
 * with its reason for the audit log, unread markers, plain-text posts, attachments through the file store, and
 * whom a new post concerns.
 */
class ForumsPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2027-03-20T20:00:00Z"));
    private static final String ADMIN = "admin.forum@example.org";
    private static TestDatabase db;
    private static Account renee;
    private static Account omar;
    private static Account pat;
    private static int cohorts;

    /** A cohort taught by Renée with two enrolled trainees, a course Omar teaches and a series Pat facilitates. */
    private record Cohort(long id, long courseId, long seriesId, Account ana, Account ben) {
    }

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        renee = person("renee.forum@example.org", Role.FACULTY);
        omar = person("omar.forum@example.org", Role.FACULTY);
        pat = person("pat.forum@example.org", Role.FACULTY);
        person(ADMIN, Role.ADMINISTRATOR);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void onlyMembersReachAForumAndAWithdrawnTraineeLosesItAtOnce() {
        Cohort cohort = cohort();
        Cohort other = cohort();
        assertTrue(forums(f -> f.find(cohort.ana().getEmail(), ForumKind.COHORT, cohort.id())).isPresent());
        assertTrue(forums(f -> f.find(cohort.ana().getEmail(), ForumKind.COURSE, cohort.courseId())).isPresent());
        assertTrue(forums(f -> f.find(renee.getEmail(), ForumKind.SERIES, cohort.seriesId())).isPresent(), "cohort faculty");
        assertTrue(forums(f -> f.find(omar.getEmail(), ForumKind.COHORT, cohort.id())).isPresent(), "teaches in it");
        assertTrue(forums(f -> f.find(omar.getEmail(), ForumKind.SERIES, cohort.seriesId())).isEmpty(), "not his series");
        assertTrue(forums(f -> f.find(ADMIN, ForumKind.COURSE, cohort.courseId())).isPresent());
        assertTrue(forums(f -> f.find(cohort.ana().getEmail(), ForumKind.COHORT, other.id())).isEmpty(), "another cohort");
        assertTrue(forums(f -> f.find(cohort.ana().getEmail(), ForumKind.COURSE, other.courseId())).isEmpty());

        List<ForumSummary> anas = forums(f -> f.forumsOf(cohort.ana().getEmail()));
        assertEquals(List.of(ForumKind.COHORT + ":" + cohort.id(), ForumKind.COURSE + ":" + cohort.courseId(),
                ForumKind.SERIES + ":" + cohort.seriesId()), anas.stream().map(s -> s.place().kind() + ":" + s.place().id()).toList());

        long thread = start(cohort.ben(), cohort, "Reading list");
        assertEquals("forum.notFound", assertThrows(ForumRejected.class,
                () -> forums(f -> f.reply(other.ana().getEmail(), thread, "Me too", null))).messageKey());
        assertTrue(forums(f -> f.read(other.ana().getEmail(), thread)).isEmpty(), "another cohort's thread by its id");

        withdraw(cohort, cohort.ana());
        assertTrue(forums(f -> f.find(cohort.ana().getEmail(), ForumKind.COHORT, cohort.id())).isEmpty());
        assertTrue(forums(f -> f.read(cohort.ana().getEmail(), thread)).isEmpty());
        assertTrue(forums(f -> f.forumsOf(cohort.ana().getEmail())).isEmpty());
    }

    @Test
    void anAuthorEditsTheirPostForThirtyMinutesAndNobodyElseEver() {
        Cohort cohort = cohort();
        long thread = start(cohort.ana(), cohort, "First week");
        ForumPost post = forums(f -> f.posts(cohort.ana().getEmail(), thread, 0, 10)).get(0);
        assertEquals("forum.post.editClosed", assertThrows(ForumRejected.class,
                () -> forums(f -> f.edit(cohort.ben().getEmail(), post.getId(), post.getVersion(), "Ben's words"))).messageKey());
        CLOCK.advance(Duration.ofMinutes(29));
        ForumPost edited = forums(f -> f.edit(cohort.ana().getEmail(), post.getId(), post.getVersion(), "Corrected"));
        assertEquals("Corrected", edited.getBody());
        assertTrue(edited.getEditedAt() != null);
        CLOCK.advance(Duration.ofMinutes(2));
        assertEquals("forum.post.editClosed", assertThrows(ForumRejected.class,
                () -> forums(f -> f.edit(cohort.ana().getEmail(), post.getId(), edited.getVersion(), "Again"))).messageKey());
    }

    @Test
    void facultyAndAdministratorsHideAPostWithAReasonTheAuditLogKeeps() {
        Cohort cohort = cohort();
        long thread = start(cohort.ana(), cohort, "Off topic");
        long post = forums(f -> f.reply(cohort.ben().getEmail(), thread, "Buy my course", Uploads.pdf("flyer.pdf"))).getId();
        assertEquals("forum.notFound", assertThrows(ForumRejected.class,
                () -> forums(f -> f.hide(cohort.ana().getEmail(), post, "Spam"))).messageKey(), "trainees do not moderate");
        assertEquals("forum.hide.reasonRequired", assertThrows(ForumRejected.class,
                () -> forums(f -> f.hide(renee.getEmail(), post, "  "))).messageKey());
        ForumPost hidden = forums(f -> f.hide(renee.getEmail(), post, "Advertising"));
        assertTrue(hidden.isHidden());
        assertEquals("post in thread " + thread + " by " + cohort.ben().getEmail() + ", hidden by " + renee.getEmail()
                + ": Advertising", hidden.auditLabel());
        assertEquals("forum.post.alreadyHidden", assertThrows(ForumRejected.class,
                () -> forums(f -> f.hide(ADMIN, post, "Again"))).messageKey());
        long file = hidden.getAttachment().getId();
        assertTrue(forums(f -> f.readableAttachment(cohort.ana().getEmail(), file)).isEmpty(), "hidden from members");
        assertTrue(forums(f -> f.readableAttachment(cohort.ben().getEmail(), file)).isPresent(), "its author");
        assertTrue(forums(f -> f.readableAttachment(renee.getEmail(), file)).isPresent(), "moderators");
    }

    @Test
    void aThreadIsUnreadUntilOpenedAndAgainAfterANewPost() {
        Cohort cohort = cohort();
        long thread = start(cohort.ana(), cohort, "Questions");
        assertEquals(List.of(false), unread(cohort.ana(), cohort), "her own post");
        assertEquals(List.of(true), unread(cohort.ben(), cohort));
        assertEquals(1, forums(f -> f.forumsOf(cohort.ben().getEmail())).get(0).unreadThreads());
        assertEquals(new ThreadHeading("Questions", ForumKind.COHORT, cohort.id(), false, false),
                forums(f -> f.read(cohort.ben().getEmail(), thread)).orElseThrow(), "a member who did not subscribe");
        assertEquals(new ThreadHeading("Questions", ForumKind.COHORT, cohort.id(), true, false),
                forums(f -> f.read(renee.getEmail(), thread)).orElseThrow(), "a moderator");
        assertTrue(forums(f -> f.read(cohort.ana().getEmail(), thread)).orElseThrow().subscribed(), "its author");
        assertEquals(List.of(false), unread(cohort.ben(), cohort));
        assertEquals(0, forums(f -> f.forumsOf(cohort.ben().getEmail())).get(0).unreadThreads());
        CLOCK.advance(Duration.ofSeconds(5));
        forums(f -> f.reply(cohort.ana().getEmail(), thread, "Anyone?", null));
        assertEquals(List.of(true), unread(cohort.ben(), cohort));
    }

    @Test
    void postsArePlainTextAndTextThatCouldDisguiseItselfIsRefused() {
        Cohort cohort = cohort();
        String markup = "<script>alert(1)</script><b style=\"position:fixed\">hi</b>";
        long thread = start(cohort.ana(), cohort, "Markup");
        assertEquals(markup, forums(f -> f.reply(cohort.ben().getEmail(), thread, markup, null)).getBody(),
                "kept as the text typed: the pages escape it");
        String email = cohort.ben().getEmail();
        assertEquals("forum.text.controlCharacters", assertThrows(ForumRejected.class,
                () -> forums(f -> f.reply(email, thread, "txt.exe\u202Efdp", null))).messageKey());
        assertEquals("forum.post.tooLong", assertThrows(ForumRejected.class,
                () -> forums(f -> f.reply(email, thread, "x".repeat(ForumLimits.POST_BODY + 1), null))).messageKey());
        assertEquals("forum.post.bodyRequired", assertThrows(ForumRejected.class,
                () -> forums(f -> f.reply(email, thread, " \n ", null))).messageKey());
        assertEquals("forum.text.controlCharacters", assertThrows(ForumRejected.class, () -> forums(f -> f.start(email,
                ForumKind.COHORT, cohort.id(), "Two\nlines", "Body", null))).messageKey());
        assertEquals(2L, (long) forums(f -> f.countPosts(email, thread)));
    }

    @Test
    void attachmentsPassTheFileStoresChecksAndOnlyMembersDownloadThem() {
        Cohort cohort = cohort();
        Cohort other = cohort();
        long thread = start(cohort.ana(), cohort, "Handouts");
        String email = cohort.ben().getEmail();
        assertEquals("file.typeNotAllowed", assertThrows(FileRejected.class, () -> forums(f -> f.reply(email, thread,
                "Run this", Uploads.upload("setup.exe", new byte[] {0x4D, 0x5A})))).messageKey());
        assertEquals("file.tooLarge", assertThrows(FileRejected.class,
                () -> forums(f -> f.reply(email, thread, "Big", oversized()))).messageKey());
        assertEquals(1L, (long) forums(f -> f.countPosts(email, thread)), "nothing kept of a refused post");
        long file = forums(f -> f.reply(email, thread, "Slides", Uploads.pdf("slides.pdf"))).getAttachment().getId();
        assertTrue(forums(f -> f.readableAttachment(cohort.ana().getEmail(), file)).isPresent());
        assertTrue(forums(f -> f.readableAttachment(other.ana().getEmail(), file)).isEmpty(), "another cohort's file");
    }

    @Test
    void aNewPostConcernsTheSubscribersOfItsThreadAndForumWhoAreStillMembersButNotItsAuthor() {
        Cohort cohort = cohort();
        long thread = start(cohort.ana(), cohort, "Schedule");
        assertTrue(subscribe(cohort.ben().getEmail(), ForumKind.COHORT, cohort.id()));
        assertTrue(subscribe(renee.getEmail(), thread));
        assertTrue(subscribe(omar.getEmail(), thread));
        assertFalse(subscribe(omar.getEmail(), thread), "the second click unsubscribes");
        db.inTransaction(em -> {
            Services.on(em, CLOCK).notifications().choose(renee.getEmail(),
                    Map.of(NotificationKind.FORUM_REPLY, Delivery.AT_ONCE));
            return null;
        });
        long post = forums(f -> f.reply(cohort.ben().getEmail(), thread, "Thursday?", null)).getId();
        assertEquals(Set.of(cohort.ana().getEmail(), renee.getEmail()), subscribers(post));
        assertEquals(Set.of(cohort.ana().getEmail(), renee.getEmail()), told(thread),
                "the subscribers are told, in the application, and the author is not");
        assertEquals(List.of("There is a new post in the forum thread \"Schedule\"."), mailedTo(renee.getEmail()),
                "who chose to hear of replies at once gets a mail");
        assertEquals(List.of(), mailedTo(cohort.ana().getEmail()), "a reply's default is the daily summary");
        withdraw(cohort, cohort.ana());
        assertEquals(Set.of(renee.getEmail()), subscribers(post));
    }

    private static boolean subscribe(String email, long thread) {
        return forums(f -> f.toggleSubscription(email, thread));
    }

    private static boolean subscribe(String email, ForumKind kind, long id) {
        return forums(f -> f.toggleSubscription(email, kind, id));
    }

    @Test
    void aTraineesPostsAreExportedAndTheirWordsAndFilesErasedWhenAnonymised() {
        Cohort cohort = cohort();
        long thread = start(cohort.ben(), cohort, "Resources");
        forums(f -> f.reply(cohort.ana().getEmail(), thread, "My notes", Uploads.pdf("notes.pdf")));
        DataSubject ana = new DataSubject(cohort.ana().getId(), cohort.ana().getEmail());
        String export = personalData(data -> data.export(ana).toString());
        assertTrue(export.contains("My notes") && export.contains("notes.pdf") && export.contains("Resources"), export);
        assertEquals(1, (int) personalData(data -> data.uploads(ana).size()));
        personalData(data -> {
            data.anonymise(ana);
            return null;
        });
        List<ForumPost> posts = forums(f -> f.posts(cohort.ben().getEmail(), thread, 0, 10));
        assertEquals(List.of("Hello", ForumPersonalData.ERASED), posts.stream().map(ForumPost::getBody).toList());
        assertNull(posts.get(1).getAttachment(), "the file is erased");
    }

    private static <T> T personalData(Function<ForumPersonalData, T> work) {
        return db.inTransaction((EntityManager em) -> {
            ForumPersonalData data = new ForumPersonalData();
            data.em = em;
            data.files = Services.on(em, CLOCK).fileStore();
            return work.apply(data);
        });
    }

    private static Set<String> told(long thread) {
        return db.inTransaction(em -> Set.copyOf(em.createNativeQuery("select a.email from notification n"
                        + " join account a on a.id = n.account_id where n.kind = 'FORUM_REPLY' and n.link_path = ?")
                .setParameter(1, "/forum/thread.xhtml?id=" + thread).getResultList().stream().map(String::valueOf)
                .toList()));
    }

    /** The person's forum mails, leaving out the invitation their account got. */
    private static List<String> mailedTo(String email) {
        return db.inTransaction(em -> em.createNativeQuery("select subject from outbox_mail where recipient = ?"
                        + " and subject like '%forum%'")
                .setParameter(1, email).getResultList().stream().map(String::valueOf).toList());
    }

    private static Set<String> subscribers(long post) {
        return Set.copyOf(forums(f -> f.subscribersToTell(post)).stream().map(Account::getEmail).toList());
    }

    private static List<Boolean> unread(Account who, Cohort cohort) {
        return forums(f -> f.threads(who.getEmail(), ForumKind.COHORT, cohort.id(), 0, 10)).stream()
                .map(ThreadRow::unread).toList();
    }

    private static long start(Account author, Cohort cohort, String title) {
        return forums(f -> f.start(author.getEmail(), ForumKind.COHORT, cohort.id(), title, "Hello", null)).getId();
    }

    /** A file that says it is larger than the store takes: refused before a byte is read. */
    private static FileStore.Upload oversized() {
        return new FileStore.Upload() {
            @Override
            public String fileName() {
                return "scan.pdf";
            }

            @Override
            public long size() {
                return FileStore.MAX_BYTES + 1;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(new byte[0]);
            }
        };
    }

    private static Cohort cohort() {
        int n = ++cohorts;
        return db.inTransaction((EntityManager em) -> {
            Services services = Services.on(em, CLOCK);
            long id = services.cohorts().create(new CohortDetails("Forum cohort " + n, LocalDate.of(2026, 9, 1),
                    LocalDate.of(2027, 6, 30), InstructionLanguage.BILINGUAL, 20), CohortStatus.ACTIVE,
                    new CompletionRequirements(BigDecimal.ZERO, 0, BigDecimal.ZERO, false), Set.of(renee.getId())).getId();
            Function<String, Account> enrol = who -> services.enrollments().enrol(id, who + n + "@forum.example.org",
                    "Trainee", who + n, Language.EN, EnrollmentStatus.ENROLLED).getTrainee();
            Account ana = enrol.apply("ana");
            Account ben = enrol.apply("ben");
            long course = services.courses().create(id, new CourseDetails("Course " + n, null, null, null, true, 70),
                    omar.getId()).getId();
            long series = services.communities().start(new Viewer(ADMIN, true), id, "Circle " + n, pat.getId()).getId();
            return new Cohort(id, course, series, ana, ben);
        });
    }

    private static void withdraw(Cohort cohort, Account trainee) {
        db.inTransaction((EntityManager em) -> {
            Services services = Services.on(em, CLOCK);
            services.enrollments().withdraw(services.enrollments().search(cohort.id(), trainee.getEmail(), 0, 1).get(0).getId(),
                    LocalDate.now(CLOCK), "Moved away");
            return null;
        });
    }

    private static Account person(String email, Role role) {
        return db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email, "First",
                email.substring(0, 4), Language.EN, EnumSet.of(role)), "long enough password", false));
    }

    private static <T> T forums(Function<Forums, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK).forums()));
    }
}
