package org.iecmhc.lms.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.community.Attendance;
import org.iecmhc.lms.community.MeetingAttendance;
import org.iecmhc.lms.community.PracticeSeries;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.imports.ImportProblem;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.supervision.Invitation;
import org.iecmhc.lms.supervision.SessionKind;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Importing past Community of Practice meetings and supervision sessions against MariaDB: all lines or none, every
 * bad line listed, and completion crediting what was imported as it credits attendance taken on the pages.
 */
class MeetingHistoryPersistenceTest {

    /** 2027-03-20 13:00 in California. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-20T20:00:00Z"), ZoneOffset.UTC);
    private static final String COP = "cohort,series,facilitator_email,held_on,start_time,minutes,topic,trainee_email,"
            + "attendance\n";
    private static final String SUPERVISION = "cohort,kind,supervisor_email,held_on,start_time,minutes,topic,"
            + "trainee_email,attendance\n";
    private static TestDatabase db;
    private static Account renee;
    private static Account omar;
    private static long cohortId;
    private static Account ana;
    private static Account ben;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        renee = person("renee.history@example.org", Role.FACULTY);
        omar = person("omar.history@example.org", Role.FACULTY);
        db.inTransaction((EntityManager em) -> {
            Services services = Services.on(em, CLOCK);
            cohortId = services.cohorts().create(new CohortDetails("History 2026-2027", LocalDate.of(2026, 9, 1),
                    LocalDate.of(2027, 6, 30), InstructionLanguage.BILINGUAL, 20), CohortStatus.ACTIVE,
                    new CompletionRequirements(new BigDecimal("2"), 6, BigDecimal.ZERO, false),
                    Set.of(renee.getId())).getId();
            Enrollments enrollments = services.enrollments();
            ana = enrollments.enrol(cohortId, "ana.history@example.org", "Ana", "Alvarez", Language.ES,
                    EnrollmentStatus.ENROLLED).getTrainee();
            ben = enrollments.enrol(cohortId, "ben.history@example.org", "Ben", "Brown", Language.EN,
                    EnrollmentStatus.ENROLLED).getTrainee();
            enrollments.enrol(cohortId, "applicant.history@example.org", "Abe", "Applicant", Language.EN,
                    EnrollmentStatus.APPLIED);
            return null;
        });
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void pastMeetingsComeInWithTheirSeriesAndAttendanceAndCreditAsAttendanceTakenOnThePage() {
        String csv = COP
                + "history 2026-2027,Circle,Renee.History@example.org,2026-10-15,17:30,90,Listening,ana.history@example.org,present\n"
                + "History 2026-2027,Circle,renee.history@example.org,2026-10-15,17:30,90,Listening,BEN.history@example.org,excused\n"
                + "History 2026-2027,Circle,renee.history@example.org,2026-11-12,17:30,90,,ana.history@example.org,Present\n"
                + "History 2026-2027,Circle,renee.history@example.org,2026-11-12,17:30,90,,ben.history@example.org,absent\n"
                + "History 2026-2027,Circle,renee.history@example.org,2026-12-10,9:05,90,,,\n";
        ImportResult<?> result = run(s -> s.practiceHistory().importCsv(csv));
        assertTrue(result.isClean(), () -> messages(result).toString());
        assertEquals(5, result.records().size());
        List<PracticeSeries> series = db.inTransaction(em -> em.createQuery("select s from PracticeSeries s"
                + " where s.cohort.id = :c", PracticeSeries.class).setParameter("c", cohortId).getResultList());
        assertEquals(List.of("Circle"), series.stream().map(PracticeSeries::getTitle).toList());
        assertEquals(renee.getId(), series.get(0).getFacilitator().getId());
        assertEquals(3L, count("select count(m) from PracticeMeeting m where m.series.cohort.id = " + cohortId));
        List<MeetingAttendance> anas = db.inTransaction(em -> em.createQuery("select a from MeetingAttendance a"
                + " where a.trainee.id = :t order by a.meeting.slot.startsAt", MeetingAttendance.class)
                .setParameter("t", ana.getId()).getResultList());
        assertEquals(List.of(Attendance.PRESENT, Attendance.PRESENT), anas.stream().map(MeetingAttendance::getStatus).toList());
        assertEquals("2026-10-15T17:30", anas.get(0).getMeeting().getSlot().getStartsAtPacific().toString(),
                "California wall clock");

        assertEquals(List.of(CreditState.EARNED, CreditState.EARNED, CreditState.PENDING), copCredits(ana),
                "two meetings attended, one without attendance taken");
        assertEquals(List.of(CreditState.NOT_EARNED, CreditState.NOT_EARNED, CreditState.PENDING), copCredits(ben));

        String more = COP + "History 2026-2027,circle,renee.history@example.org,2027-01-14,17:30,90,,ben.history@example.org,present\n";
        assertTrue(run(s -> s.practiceHistory().importCsv(more)).isClean(), "a later file adds to the stored series");
        assertEquals(1L, count("select count(s) from PracticeSeries s where s.cohort.id = " + cohortId));
        assertEquals(CreditState.EARNED, copCredits(ben).get(3));

        ImportResult<?> again = run(s -> s.practiceHistory().importCsv(csv));
        assertEquals(List.of(2, 3, 4, 5, 6), again.problems().stream().map(ImportProblem::line).toList(),
                "a file brought twice is refused whole, not doubled");
        assertEquals(4L, count("select count(m) from PracticeMeeting m where m.series.cohort.id = " + cohortId));
    }

    @Test
    void aMeetingFileWithBadLinesStoresNothingAndListsEachLine() {
        String csv = COP
                + "History 2026-2027,Bad,renee.history@example.org,2026-10-01,17:30,90,,ana.history@example.org,present\n"
                + "Nowhere,Bad,renee.history@example.org,2026-10-01,5pm,,,ana.history@example.org,late\n"
                + "History 2026-2027,Bad,ana.history@example.org,2026-10-08,17:30,90,,applicant.history@example.org,present\n"
                + "History 2026-2027,Bad,renee.history@example.org,2026-10-01,17:30,90,,ana.history@example.org,absent\n"
                + "History 2026-2027,Bad,renee.history@example.org,2026-10-01,17:30,60,,ben.history@example.org,absent\n"
                + "History 2026-2027,Bad,renee.history@example.org,2026-10-22,17:30,90,,,present\n"
                + "History 2026-2027,Bad,renee.history@example.org,2027-03-20,13:30,90,,,\n"
                + "History 2026-2027,Bad,renee.history@example.org,2026-10-29,17:30,90,,ben.history@example.org,\n";
        ImportResult<?> result = run(s -> s.practiceHistory().importCsv(csv));
        List<String> messages = messages(result);
        assertEquals(List.of(3, 3, 3, 3, 4, 4, 5, 6, 7, 8, 9), result.problems().stream().map(ImportProblem::line).toList(),
                messages.toString());
        assertTrue(messages.contains("3: cohort \"Nowhere\" is not the name of a cohort."), messages.toString());
        assertTrue(messages.contains("3: start_time \"5pm\" is not a time such as 17:30."), messages.toString());
        assertTrue(messages.contains("3: minutes is empty."), messages.toString());
        assertTrue(messages.contains("3: attendance \"late\" is not one of present, absent, excused."), messages.toString());
        assertTrue(messages.contains("4: facilitator_email \"ana.history@example.org\" is not the e-mail of a faculty member"
                + " who may lead meetings in cohort \"History 2026-2027\"."), messages.toString());
        assertTrue(messages.contains("4: trainee_email \"applicant.history@example.org\" is not the e-mail of a trainee"
                + " enrolled in cohort \"History 2026-2027\"."), messages.toString());
        assertTrue(messages.contains("5: trainee_email \"ana.history@example.org\" is already listed at this meeting on"
                + " line 2."), messages.toString());
        assertTrue(messages.contains("6: Line 2 gives the same meeting otherwise (its leader, kind, length or topic): the"
                + " lines of one meeting must agree."), messages.toString());
        assertTrue(messages.contains("7: attendance needs a trainee_email on the same line."), messages.toString());
        assertTrue(messages.contains("8: The meeting of 2027-03-20 at 13:30 has not begun yet: attendance is only"
                + " recorded for meetings that began."), messages.toString());
        assertTrue(messages.contains("9: attendance is empty."), messages.toString());
        assertEquals(0L, count("select count(s) from PracticeSeries s where s.title = 'Bad'"), "not even the good lines");
    }

    @Test
    void pastSupervisionSessionsComeInWithTheirInvitationsAndCreditTheirMinutesWithoutNotesOrNotifications() {
        String csv = SUPERVISION
                + "History 2026-2027,group,renee.history@example.org,2026-11-05,16:00,60,Group reflection,ana.history@example.org,present\n"
                + "History 2026-2027,Group,renee.history@example.org,2026-11-05,16:00,60,Group reflection,ben.history@example.org,absent\n"
                + "History 2026-2027,individual,renee.history@example.org,2026-11-19,15:00,45,,ben.history@example.org,present\n"
                + "History 2026-2027,individual,renee.history@example.org,2026-12-03,15:00,45,,ana.history@example.org,\n";
        long notifications = count("select count(n) from Notification n");
        ImportResult<?> result = run(s -> s.supervisionHistory().importCsv(csv));
        assertTrue(result.isClean(), () -> messages(result).toString());
        List<Invitation> invited = db.inTransaction(em -> em.createQuery("select i from Invitation i join fetch i.session s"
                + " where s.cohort.id = :c order by s.slot.startsAt, i.trainee.lastName", Invitation.class)
                .setParameter("c", cohortId).getResultList());
        assertEquals(4, invited.size());
        assertEquals(List.of(SessionKind.GROUP, SessionKind.GROUP, SessionKind.INDIVIDUAL, SessionKind.INDIVIDUAL),
                invited.stream().map(i -> i.getSession().getKind()).toList());
        assertEquals(3L, count("select count(s) from SupervisionSession s where s.cohort.id = " + cohortId));
        assertEquals(List.of(60, 0, 45, 0), invited.stream().map(Invitation::creditedMinutes).toList());
        assertEquals(null, invited.get(3).getAttendance(), "invited, attendance not taken");

        List<Credit> bens = byDate(run(s -> s.supervisionCredits().creditsOf(cohortId, ben.getId())));
        assertEquals(List.of(CreditState.NOT_EARNED, CreditState.EARNED), bens.stream().map(Credit::state).toList());
        assertEquals(45, bens.get(1).amount());
        assertEquals(CreditKind.SUPERVISION_MINUTES, bens.get(1).kind());
        assertEquals(List.of(CreditState.EARNED, CreditState.PENDING),
                byDate(run(s -> s.supervisionCredits().creditsOf(cohortId, ana.getId()))).stream().map(Credit::state).toList());
        assertEquals(notifications, count("select count(n) from Notification n"), "history notifies nobody");
        assertEquals(0L, count("select count(n) from SupervisionNote n"));

        ImportResult<?> again = run(s -> s.supervisionHistory().importCsv(csv));
        assertEquals(List.of(2, 3, 4, 5), again.problems().stream().map(ImportProblem::line).toList());
    }

    @Test
    void aSessionFileWithBadLinesStoresNothingAndListsEachLine() {
        String csv = SUPERVISION
                + "History 2026-2027,group,renee.history@example.org,2026-09-10,16:00,60,,ana.history@example.org,present\n"
                + "History 2026-2027,pair,omar.history@example.org,2026-09-10,16:00,60,,,\n"
                + "History 2026-2027,individual,renee.history@example.org,2026-09-17,16:00,60,,ana.history@example.org,present\n"
                + "History 2026-2027,individual,renee.history@example.org,2026-09-17,16:00,60,,ben.history@example.org,present\n"
                + "History 2026-2027,individual,renee.history@example.org,2026-09-10,16:00,60,,ben.history@example.org,present\n";
        ImportResult<?> result = run(s -> s.supervisionHistory().importCsv(csv));
        List<String> messages = messages(result);
        assertEquals(List.of(3, 3, 3, 5, 6), result.problems().stream().map(ImportProblem::line).toList(),
                messages.toString());
        assertTrue(messages.contains("3: kind \"pair\" is not one of individual, group."), messages.toString());
        assertTrue(messages.contains("3: supervisor_email \"omar.history@example.org\" is not the e-mail of a faculty"
                + " member who may lead meetings in cohort \"History 2026-2027\"."), messages.toString());
        assertTrue(messages.contains("3: trainee_email is empty."), messages.toString());
        assertTrue(messages.contains("5: An individual session has exactly one trainee: this line lists a second one."),
                messages.toString());
        assertTrue(messages.contains("6: Line 2 gives the same meeting otherwise (its leader, kind, length or topic): the"
                + " lines of one meeting must agree."), messages.toString());
        assertEquals(0L, count("select count(s) from SupervisionSession s where s.slot.startsAt < {ts '2026-10-01 00:00:00'}"));
    }

    private static List<CreditState> copCredits(Account trainee) {
        return byDate(run(s -> s.practiceCredits().creditsOf(cohortId, trainee.getId()))).stream().map(Credit::state).toList();
    }

    private static List<String> messages(ImportResult<?> result) {
        return result.problems().stream().map(p -> p.line() + ": " + p.message(Locale.ENGLISH)).toList();
    }

    private static long count(String query) {
        return db.inTransaction(em -> em.createQuery(query, Long.class).getSingleResult());
    }

    private static Account person(String email, Role role) {
        return db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email, "First",
                email.substring(0, 4), Language.EN, EnumSet.of(role)), "long enough password", false));
    }

    private static <T> T run(Function<Services, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK)));
    }

    /** Credits come in no particular order. */
    private static List<Credit> byDate(List<Credit> credits) {
        return credits.stream().sorted(Comparator.comparing(Credit::date)).toList();
    }
}
