package org.iecmhc.lms.cohort;

import static org.iecmhc.lms.cohort.CohortFixture.HEADER;
import static org.iecmhc.lms.cohort.CohortFixture.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.InvitationState;
import org.iecmhc.lms.identity.Invitations.Standing;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.mail.MailState;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Roster imports against the real MariaDB/MySQL server: all or nothing, every bad line named, 2,000 people at once. */
class RosterImportPersistenceTest {

    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
        inTransaction(db, s -> s.accounts().create(new AccountDetails("known@example.org", "Known", "Person",
                Language.EN, EnumSet.of(Role.TRAINEE)), "a long known password", false));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aRosterWithOneBadLineImportsNobodyAndListsEveryBadLine() {
        long cohort = CohortFixture.cohort(db, "All or nothing", 50);
        String csv = HEADER
                + "first.good@example.org,First,Good,en,ASIAN,ENGLISH_ONLY,Alameda,\n"
                + "bad-email,Bad,Email,en,,,,\n"
                + "second.good@example.org,Second,Good,es,,,Fresno,\n"
                + "county@example.org,Bad,County,en,,,Gotham,\n"
                + "first.good@example.org,Twice,Listed,en,,,,\n";
        RosterRejected rejected = assertThrows(RosterRejected.class,
                () -> inTransaction(db, s -> s.roster().importRoster(cohort, csv)));
        assertEquals(List.of(3, 5, 6), rejected.problems().stream().map(RosterProblem::line).toList());
        assertEquals("\"Gotham\" is not a California county name or FIPS code.",
                rejected.problems().get(1).message(Locale.ENGLISH));
        assertEquals(0L, activeIn(cohort));
        assertTrue(inTransaction(db, s -> s.accounts().findByEmail("first.good@example.org")).isEmpty(),
                "no account was created either");
    }

    @Test
    void everyNewPersonIsInvitedInTheLanguageOfTheirLineAndAKnownPersonIsNot() {
        long cohort = CohortFixture.cohort(db, "Invited roster", 50);
        inTransaction(db, s -> s.roster().importRoster(cohort, HEADER + "invited.es@example.org,Lupe,Uno,es,,,,\n"
                + "invited.en@example.org,Lee,Dos,en,,,,\n" + "known@example.org,Known,Person,en,,,,\n"));
        List<Object[]> mails = db.inTransaction((EntityManager em) -> em.createQuery("select m.recipient, m.language,"
                        + " m.subject from OutboxMail m where m.recipient in :to order by m.recipient", Object[].class)
                .setParameter("to", List.of("invited.es@example.org", "invited.en@example.org", "known@example.org"))
                .getResultList());
        assertEquals(List.of("invited.en@example.org", "invited.es@example.org"), mails.stream().map(m -> m[0]).toList());
        assertEquals(List.of("en", "es"), mails.stream().map(m -> m[1]).toList());
        assertEquals(List.of("Your account at the IECMHC Network", "Su cuenta en la Red IECMHC"),
                mails.stream().map(m -> m[2]).toList());

        db.inTransaction((EntityManager em) -> em.createQuery("update OutboxMail m set m.state = :sent"
                + " where m.recipient = 'invited.en@example.org'").setParameter("sent", MailState.SENT).executeUpdate());
        assertEquals(List.of(new RosterInvitation("invited.en@example.org", new Standing(InvitationState.SENT, MailState.SENT)),
                        new RosterInvitation("invited.es@example.org", new Standing(InvitationState.SENT, MailState.QUEUED)),
                        new RosterInvitation("known@example.org", new Standing(InvitationState.NONE, null))),
                inTransaction(db, s -> s.enrollments().invitations(cohort)));
    }

    @Test
    void aGoodRosterCreatesNewTraineesEnrolsKnownPeopleAsTheyAreAndStartsProfiles() {
        long cohort = CohortFixture.cohort(db, "Good roster", 50);
        String csv = HEADER
                + "new.one@example.org,Nueva,Uno,es,HISPANIC_LATINO,BILINGUAL_SPANISH,los angeles county,\"Familias, Unidas\"\n"
                + "KNOWN@example.org,Other,Name,es,ASIAN,,,\n";
        assertEquals(2, (int) inTransaction(db, s -> s.roster().importRoster(cohort, csv)));
        assertEquals(2L, activeIn(cohort));

        Account created = inTransaction(db, s -> s.accounts().findByEmail("new.one@example.org")).orElseThrow();
        assertEquals(Language.ES, created.getPreferredLanguage());
        assertEquals(EnumSet.of(Role.TRAINEE), EnumSet.copyOf(created.getRoles()));
        assertTrue(created.isPasswordChangeRequired());
        TraineeProfile profile = inTransaction(db, s -> s.profiles().profileOf(created.getId())).orElseThrow();
        assertEquals(RaceEthnicity.HISPANIC_LATINO, profile.getRaceEthnicity());
        assertEquals("06037", profile.getCounty().getFips());
        assertEquals("Familias, Unidas", profile.getAgency());

        Account known = inTransaction(db, s -> s.accounts().findByEmail("known@example.org")).orElseThrow();
        assertEquals("Person", known.getLastName(), "a known account is enrolled as it is");
        assertEquals(Language.EN, known.getPreferredLanguage());
    }

    /** 05:30 UTC on 16 August is still the 15th in California, where the roster was received. */
    @Test
    void aRosterImportedOnACaliforniaEveningIsReceivedThatDay() {
        long cohort = CohortFixture.cohort(db, "Evening roster", 50);
        Clock evening = Clock.fixed(Instant.parse("2026-08-16T05:30:00Z"), ZoneOffset.UTC);
        db.inTransaction((EntityManager em) -> Services.on(em, evening).roster()
                .importRoster(cohort, HEADER + "evening@example.org,Eve,Ning,en,,,,\n"));
        assertEquals(LocalDate.of(2026, 8, 15), db.inTransaction((EntityManager em) -> em.createQuery(
                "select e.appliedOn from Enrollment e where e.trainee.email = 'evening@example.org'", LocalDate.class)
                .getSingleResult()));
    }

    @Test
    void peopleAlreadyActiveAClosedCohortAndTheCapacityRefuseTheRoster() {
        long cohort = CohortFixture.cohort(db, "Nearly full", 2);
        inTransaction(db, s -> s.enrollments().enrol(cohort, "known@example.org", null, null, Language.EN,
                EnrollmentStatus.ENROLLED));
        String csv = HEADER + "known@example.org,Known,Person,en,,,,\n"
                + "cap.one@example.org,Cap,One,en,,,,\n"
                + "cap.two@example.org,Cap,Two,en,,,,\n";
        RosterRejected rejected = assertThrows(RosterRejected.class,
                () -> inTransaction(db, s -> s.roster().importRoster(cohort, csv)));
        assertEquals(List.of("roster.capacity", "roster.email.alreadyEnrolled"),
                rejected.problems().stream().map(RosterProblem::key).toList());
        assertEquals(List.of(0, 2), rejected.problems().stream().map(RosterProblem::line).toList());

        inTransaction(db, s -> {
            s.cohorts().close(cohort);
            return null;
        });
        RosterRejected closed = assertThrows(RosterRejected.class, () -> inTransaction(db,
                s -> s.roster().importRoster(cohort, HEADER + "cap.one@example.org,Cap,One,en,,,,\n")));
        assertEquals("roster.cohortClosed", closed.problems().get(0).key());
        assertEquals(1L, activeIn(cohort));
    }

    @Test
    void thePreviewStoresNothing() {
        long cohort = CohortFixture.cohort(db, "Preview only", 10);
        RosterCheck.Result preview = inTransaction(db, s -> s.roster().preview(cohort,
                HEADER + "preview@example.org,Pre,View,en,,,Sacramento,\n"));
        assertTrue(preview.importable());
        assertEquals("06067", preview.lines().get(0).countyFips());
        assertEquals(0L, activeIn(cohort));
        assertFalse(inTransaction(db, s -> s.accounts().findByEmail("preview@example.org")).isPresent());
    }

    @Test
    void twoThousandPeopleAreImportedInOneTransaction() {
        long cohort = CohortFixture.cohort(db, "Two thousand", 2000);
        int imported = inTransaction(db, s -> s.roster().importRoster(cohort, CohortFixture.generatedRoster("p", 2000)));
        assertEquals(2000, imported);
        assertEquals(2000L, activeIn(cohort));
        long profiles = inTransaction(db, s -> s.em().createQuery("select count(p) from TraineeProfile p"
                + " where p.account.email like '%@roster.example.org'", Long.class).getSingleResult());
        assertEquals(2000L, profiles);
    }

    private static long activeIn(long cohort) {
        return inTransaction(db, s -> s.cohorts().activeEnrollments(cohort));
    }
}
