package org.iecmhc.lms.announcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Announcements against MariaDB: who may address whom, who reads what on their home page and in which language,
 * the last day and dismissal, the mail queued to every reader in their language, and deletion.
 */
class AnnouncementsPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2027-03-20T20:00:00Z"));
    private static TestDatabase db;
    private static Account admin;
    private static Account renee;
    private static Account omar;
    private static Account carl;
    private static Account ana;
    private static Account sofia;
    private static Account zoe;
    private static long cohort;
    private static long course;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        admin = person("admin.news@example.org", Role.ADMINISTRATOR, Language.EN);
        renee = person("renee.news@example.org", Role.FACULTY, Language.EN);
        omar = person("omar.news@example.org", Role.FACULTY, Language.ES);
        carl = person("carl.news@example.org", Role.CONSULTANT, Language.EN);
        db.inTransaction((EntityManager em) -> {
            Services services = Services.on(em, CLOCK);
            cohort = cohort(services, "News cohort");
            long other = cohort(services, "Other cohort");
            ana = services.enrollments().enrol(cohort, "ana.news@example.org", "Ana", "News", Language.EN,
                    EnrollmentStatus.ENROLLED).getTrainee();
            sofia = services.enrollments().enrol(cohort, "sofia.news@example.org", "Sofía", "News", Language.ES,
                    EnrollmentStatus.ENROLLED).getTrainee();
            zoe = services.enrollments().enrol(other, "zoe.news@example.org", "Zoe", "News", Language.EN,
                    EnrollmentStatus.ENROLLED).getTrainee();
            course = services.courses().create(cohort, new CourseDetails("Infant mental health", null, null, null, true,
                    70), omar.getId()).getId();
            return null;
        });
    }

    @BeforeEach
    void noAnnouncementsNorMails() {
        db.inTransaction(em -> em.createNativeQuery("delete from announcement").executeUpdate()
                + em.createNativeQuery("delete from outbox_mail").executeUpdate());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void eachAnnouncementReachesItsAudienceOnly() {
        publish(admin, details(Audience.NETWORK, null, null, null, false));
        publish(admin, details(Audience.COHORT, cohort, null, null, false));
        publish(admin, details(Audience.ROLE, null, Role.CONSULTANT, null, false));
        publish(omar, details(Audience.COURSE, null, null, course, false));
        assertEquals(List.of(Audience.COURSE, Audience.COHORT, Audience.NETWORK), audiences(ana), "newest first");
        assertEquals(List.of(Audience.COHORT, Audience.NETWORK), audiences(renee), "teaches the cohort");
        assertEquals(List.of(Audience.COURSE, Audience.NETWORK), audiences(omar), "teaches the course");
        assertEquals(List.of(Audience.ROLE, Audience.NETWORK), audiences(carl));
        assertEquals(List.of(Audience.NETWORK), audiences(zoe), "another cohort");
        assertEquals(1L, db.statements().count(() -> shown(ana)).statements(),
                "one statement on every home page: the reader's roles, cohorts and courses are subqueries");
    }

    @Test
    void aHomePageShowsTheNewestAnnouncementsUpToItsLimit() {
        List<Long> newestFirst = new ArrayList<>();
        for (int i = 0; i < AnnouncementLimits.SHOWN_AT_HOME + 2; i++) {
            newestFirst.add(0, publish(admin, details(Audience.NETWORK, null, null, null, false)).getId());
        }
        List<Long> newest = newestFirst.subList(0, AnnouncementLimits.SHOWN_AT_HOME);
        assertEquals(newest, shown(ana).stream().map(ShownAnnouncement::id).toList());
        assertEquals(newest, shown(renee).stream().map(ShownAnnouncement::id).toList(), "and again, for another reader");
    }

    @Test
    void facultyAnnounceOnlyToACourseTheyTeach() {
        assertEquals("announcement.audienceNotYours", assertThrows(AnnouncementRejected.class,
                () -> publish(omar, details(Audience.NETWORK, null, null, null, false))).messageKey());
        assertEquals("announcement.courseRequired", assertThrows(AnnouncementRejected.class,
                () -> publish(renee, details(Audience.COURSE, null, null, course, false))).messageKey());
        assertEquals("announcement.audienceNotYours", assertThrows(AnnouncementRejected.class,
                () -> publish(ana, details(Audience.COURSE, null, null, course, false))).messageKey());
    }

    @Test
    void eachReaderSeesTheirLanguageWhenWrittenInItOtherwiseTheOther() {
        publish(admin, new AnnouncementDetails(Audience.NETWORK, null, null, null, "Closed Monday", "The office is closed.",
                null, null, today(), false));
        assertEquals("Closed Monday", shown(sofia).get(0).textFor(Language.ES).title(), "only English was written");
        publish(admin, new AnnouncementDetails(Audience.NETWORK, null, null, null, "Welcome", "Hello all.", "Bienvenida",
                "Hola a todos.", today(), false));
        assertEquals("Bienvenida", shown(sofia).get(0).textFor(sofia.getPreferredLanguage()).title());
        assertEquals("Welcome", shown(ana).get(0).textFor(ana.getPreferredLanguage()).title());
    }

    @Test
    void anAnnouncementStaysUntilItsLastDayOrUntilTheReaderDismissesIt() {
        assertEquals("announcement.lastDayPast", assertThrows(AnnouncementRejected.class, () -> publish(admin,
                new AnnouncementDetails(Audience.NETWORK, null, null, null, "Old", "News", null, null, today().minusDays(1),
                        false))).messageKey());
        long id = publish(admin, details(Audience.NETWORK, null, null, null, false)).getId();
        announcements(a -> {
            a.dismiss(ana.getEmail(), id);
            return null;
        });
        assertTrue(shown(ana).isEmpty());
        assertEquals(1, shown(sofia).size(), "dismissed by Ana only");
        CLOCK.advance(Duration.ofDays(8));
        assertTrue(shown(sofia).isEmpty(), "past its last day");
    }

    @Test
    void bothFieldsOfALanguageOrNeitherAndNoHiddenCharacters() {
        assertEquals("announcement.textRequired", assertThrows(AnnouncementRejected.class, () -> publish(admin,
                new AnnouncementDetails(Audience.NETWORK, null, null, null, " ", null, null, "", today(), false))).messageKey());
        AnnouncementRejected noBody = assertThrows(AnnouncementRejected.class, () -> publish(admin,
                new AnnouncementDetails(Audience.NETWORK, null, null, null, "Title", null, null, null, today(), false)));
        assertEquals("bodyEn", noBody.field());
        assertEquals("announcement.controlCharacters", assertThrows(AnnouncementRejected.class, () -> publish(admin,
                new AnnouncementDetails(Audience.NETWORK, null, null, null, null, null, "T\u202Eitulo", "Texto", today(),
                        false))).messageKey());
        assertEquals("announcement.bodyTooLong", assertThrows(AnnouncementRejected.class, () -> publish(admin,
                new AnnouncementDetails(Audience.NETWORK, null, null, null, "Long", "x".repeat(AnnouncementLimits.BODY + 1),
                        null, null, today(), false))).messageKey());
    }

    @Test
    void aMailedAnnouncementQueuesOneMailPerReaderInTheirLanguage() {
        publish(admin, new AnnouncementDetails(Audience.COHORT, cohort, null, null, "Welcome", "Hello all.", "Bienvenida",
                "Hola a todos.", today(), true));
        Map<String, String> subjects = db.inTransaction((EntityManager em) -> {
            List<?> rows = em.createNativeQuery("select recipient, subject from outbox_mail").getResultList();
            return rows.stream().map(row -> (Object[]) row)
                    .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
        });
        assertEquals(Map.of(ana.getEmail(), "Welcome", sofia.getEmail(), "Bienvenida", renee.getEmail(), "Welcome"),
                subjects);
    }

    @Test
    void facultyListAndDeleteTheirOwnAnnouncementsAdministratorsAll() {
        long mine = publish(omar, details(Audience.COURSE, null, null, course, false)).getId();
        long theirs = publish(admin, details(Audience.NETWORK, null, null, null, false)).getId();
        assertEquals(Set.of(mine), ids(omar));
        assertEquals(Set.of(mine, theirs), ids(admin));
        assertEquals("announcement.notFound", assertThrows(AnnouncementRejected.class, () -> announcements(a -> {
            a.delete(omar.getEmail(), theirs);
            return null;
        })).messageKey());
        announcements(a -> {
            a.delete(omar.getEmail(), mine);
            a.delete(admin.getEmail(), theirs);
            return null;
        });
        assertEquals(0L, (long) announcements(a -> a.count(admin.getEmail())));
    }

    private static Set<Long> ids(Account who) {
        return Set.copyOf(announcements(a -> a.list(who.getEmail(), 0, 10)).stream().map(Announcement::getId).toList());
    }

    private static AnnouncementDetails details(Audience audience, Long cohortId, Role role, Long courseId, boolean mail) {
        return new AnnouncementDetails(audience, cohortId, role, courseId, "To " + audience, "Text", null, null,
                today().plusDays(7), mail);
    }

    private static LocalDate today() {
        return PacificTime.today(CLOCK);
    }

    private static List<Audience> audiences(Account reader) {
        return shown(reader).stream().map(ShownAnnouncement::audience).toList();
    }

    private static List<ShownAnnouncement> shown(Account reader) {
        return announcements(a -> a.activeFor(reader.getEmail()));
    }

    private static Announcement publish(Account author, AnnouncementDetails details) {
        Announcement published = announcements(a -> a.publish(author.getEmail(), details));
        // publications a second apart, so that "newest first" is one order
        CLOCK.advance(Duration.ofSeconds(1));
        return published;
    }

    private static long cohort(Services services, String name) {
        return services.cohorts().create(new CohortDetails(name, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30),
                InstructionLanguage.BILINGUAL, 20), CohortStatus.ACTIVE,
                new CompletionRequirements(BigDecimal.ZERO, 0, BigDecimal.ZERO, false), Set.of(renee.getId())).getId();
    }

    private static Account person(String email, Role role, Language language) {
        return db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email, "First",
                email.substring(0, 4), language, EnumSet.of(role)), "long enough password", false));
    }

    private static <T> T announcements(Function<Announcements, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK).announcements()));
    }
}
