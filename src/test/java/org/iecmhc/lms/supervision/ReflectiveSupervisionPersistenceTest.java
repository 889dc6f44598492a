package org.iecmhc.lms.supervision;

import static org.iecmhc.lms.supervision.SupervisionFixture.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Supervision against MariaDB: who is invited, who runs what and in which cohorts, attendance, credits, notes (whose
 * readers stay their author and subject whatever happens to the session) and calendar entries.
 */
class ReflectiveSupervisionPersistenceTest {

    private static final Viewer ADMIN = new Viewer("admin@example.org", true);
    private static final LocalDate ON = LocalDate.of(2026, 3, 3);
    private static final String SECRET = "Ana spoke about her fear of failing the family at the Elm Street center.";
    private static TestDatabase db;
    private static long cohortId;
    private static long otherCohortId;
    private static Account renee;
    private static Account omar;
    private static Account ana;
    private static Account ben;
    private static Account carla;
    private static Account dana;
    private static Account eli;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        renee = faculty("renee.sup@example.org");
        omar = faculty("omar.sup@example.org");
        cohortId = cohort("Supervision 2026");
        otherCohortId = cohort("Supervision other");
        ana = enrol(cohortId, "ana.sup@example.org", EnrollmentStatus.ENROLLED);
        ben = enrol(cohortId, "ben.sup@example.org", EnrollmentStatus.ENROLLED);
        carla = enrol(cohortId, "carla.sup@example.org", EnrollmentStatus.ENROLLED);
        dana = enrol(cohortId, "dana.sup@example.org", EnrollmentStatus.APPLIED);
        eli = enrol(otherCohortId, "eli.sup@example.org", EnrollmentStatus.ENROLLED);
        inTransaction(db, s -> {
            long enrollment = s.em().createQuery("select e.id from Enrollment e where e.trainee.id = :t", Long.class)
                    .setParameter("t", carla.getId()).getSingleResult();
            s.enrollments().withdraw(enrollment, LocalDate.of(2026, 3, 10), "Moved away");
            return null;
        });
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void onlyTraineesEnrolledInTheCohortAreInvited() {
        assertEquals(List.of(ana.getId(), ben.getId()), inTransaction(db, s -> s.supervision().invitableTrainees(cohortId, ON))
                .stream().map(Account::getId).toList(), "neither the withdrawn nor the applicant");
        for (Account outsider : List.of(carla, dana, eli)) {
            assertEquals("supervision.trainees.notEnrolled", assertThrows(InputRejected.class,
                    () -> schedule(reneeViewer(), SessionKind.GROUP, 60, ana, outsider)).messageKey());
        }
        assertEquals("supervision.trainees.individual", assertThrows(InputRejected.class,
                () -> schedule(reneeViewer(), SessionKind.INDIVIDUAL, 60, ana, ben)).messageKey());
        assertEquals("supervision.minutes.range", assertThrows(InputRejected.class,
                () -> schedule(reneeViewer(), SessionKind.GROUP, 1441, ana)).messageKey());
        assertEquals("supervision.minutes.range", assertThrows(InputRejected.class,
                () -> schedule(reneeViewer(), SessionKind.GROUP, -30, ana)).messageKey());
    }

    @Test
    void sessionsOutsideTheCohortsDatesAreAccepted() {
        SupervisionSession later = inTransaction(db, s -> s.supervision().schedule(reneeViewer(), new SessionDetails(cohortId,
                SessionKind.GROUP, renee.getId(), new MeetingTime(LocalDate.of(2028, 1, 4), LocalTime.of(10, 0), 90),
                        null, Set.of(ana.getId()))));
        assertEquals(LocalDateTime.of(2028, 1, 4, 18, 0), later.getSlot().getStartsAt(), "stored in UTC");
    }

    @Test
    void facultyRunOnlyTheirOwnSessionsAndAdministratorsRunAll() {
        SupervisionSession renees = schedule(reneeViewer(), SessionKind.GROUP, 90, ana, ben);
        Viewer omarViewer = new Viewer(omar.getEmail(), false);
        assertEquals("supervision.supervisor.required", assertThrows(InputRejected.class, () -> inTransaction(db,
                s -> s.supervision().schedule(omarViewer, new SessionDetails(cohortId, SessionKind.GROUP,
                        renee.getId(), new MeetingTime(ON, LocalTime.NOON, 60), null,
                                Set.of(ana.getId()))))).messageKey(), "faculty schedule only themselves");
        assertTrue(inTransaction(db, s -> s.supervision().find(omarViewer, renees.getId())).isEmpty());
        assertEquals("supervision.session.notFound", assertThrows(InputRejected.class, () -> inTransaction(db,
                s -> { s.supervision().takeAttendance(omarViewer, renees.getId(), Map.of(ana.getId(), Attendance.PRESENT));
                    return null; })).messageKey());
        assertTrue(inTransaction(db, s -> s.supervision().find(ADMIN, renees.getId())).isPresent());
        assertTrue(inTransaction(db, s -> s.supervision().search(omarViewer, cohortId, SessionSort.STARTS_AT, false, 0, 100))
                .stream().noneMatch(row -> row.id() == renees.getId()));
        assertTrue(inTransaction(db, s -> s.supervision().search(ADMIN, cohortId, SessionSort.COHORT, true, 0, 100))
                .stream().anyMatch(row -> row.id() == renees.getId() && row.invited() == 2));
        assertEquals(0L, (long) inTransaction(db, s -> s.supervision().count(reneeViewer(), otherCohortId)));
    }

    @Test
    void attendanceIsRecordedForInvitedTraineesOnly() {
        SupervisionSession session = schedule(reneeViewer(), SessionKind.INDIVIDUAL, 50, ana);
        InputRejected refused = assertThrows(InputRejected.class, () -> attendance(session, Map.of(ben.getId(), Attendance.PRESENT)));
        assertEquals("supervision.attendance.notInvited", refused.messageKey());
        attendance(session, Map.of(ana.getId(), Attendance.PRESENT));
        assertEquals(Attendance.PRESENT, inTransaction(db, s -> s.supervision().invitations(reneeViewer(), session.getId()))
                .get(0).getAttendance());
        Map<Long, Attendance> notTaken = new HashMap<>();
        notTaken.put(ana.getId(), null);
        attendance(session, notTaken);
        assertEquals(null, inTransaction(db, s -> s.supervision().invitations(reneeViewer(), session.getId())).get(0).getAttendance(),
                "attendance can be cleared back to not taken");
    }

    @Test
    void inviteesHearThatTheirSessionWasScheduledMovedOrCancelledForThem() {
        SupervisionSession session = inTransaction(db, s -> s.supervision().schedule(reneeViewer(), new SessionDetails(
                cohortId, SessionKind.GROUP, renee.getId(), new MeetingTime(LocalDate.of(2026, 3, 5), LocalTime.of(10, 0), 60),
                null, Set.of(ana.getId(), ben.getId()))));
        inTransaction(db, s -> s.supervision().change(reneeViewer(), session.getId(), session.getVersion(), new SessionDetails(
                cohortId, SessionKind.GROUP, renee.getId(), new MeetingTime(LocalDate.of(2026, 3, 6), LocalTime.of(10, 0), 60),
                null, Set.of(ben.getId()))));

        assertEquals(List.of("Your reflective supervision session of 2026-03-05 10:00 PT was cancelled for you.",
                "A reflective supervision session was scheduled for you on 2026-03-05 10:00 PT."), toldAbout(ana, "2026-03-05"));
        assertEquals(List.of("Your reflective supervision session of 2026-03-05 10:00 PT was moved to 2026-03-06 10:00 PT.",
                "A reflective supervision session was scheduled for you on 2026-03-05 10:00 PT."), toldAbout(ben, "2026-03-05"));
    }

    @Test
    void aCancelledSessionTellsEachInviteeOnceAndCountsNowhere() {
        long cohort = cohort("Cancelled cohort");
        Account kim = enrol(cohort, "kim.sup@example.org", EnrollmentStatus.ENROLLED);
        Account lou = enrol(cohort, "lou.sup@example.org", EnrollmentStatus.ENROLLED);
        LocalDate day = LocalDate.of(2026, 3, 24);
        SupervisionSession session = scheduleOn(cohort, day, kim, lou);
        assertEquals("supervision.session.notFound", cancelRefused(new Viewer(omar.getEmail(), false), session),
                "another supervisor's session");
        assertEquals("supervision.session.notFound", cancelRefused(viewer(kim), session), "a trainee invited to it");

        SupervisionSession cancelled = cancel(reneeViewer(), session);
        assertTrue(cancelled.isCancelled());
        assertEquals(renee.getId(), cancelled.getCancelledBy().getId());
        assertEquals(LocalDateTime.now(SupervisionFixture.CLOCK), cancelled.getCancelledAt());
        for (Account invitee : List.of(kim, lou)) {
            assertEquals(List.of("Your reflective supervision session of 2026-03-24 10:00 PT was cancelled for you.",
                    "A reflective supervision session was scheduled for you on 2026-03-24 10:00 PT."),
                    toldAbout(invitee, "2026-03-24"), "told once, after being told it was scheduled");
        }

        assertTrue(inTransaction(db, s -> s.supervisionCredits().creditsIn(cohort)).isEmpty(), "not even pending");
        for (Account person : List.of(kim, renee)) {
            assertTrue(inTransaction(db, s -> s.personalCalendar().entries(person.getId(), Locale.ENGLISH, day, day))
                    .isEmpty(), person.getEmail());
        }
        assertTrue(inTransaction(db, s -> s.supervision().search(ADMIN, cohort, SessionSort.STARTS_AT, false, 0, 100))
                .stream().anyMatch(row -> row.id() == session.getId() && row.cancelled()), "listed as cancelled");

        assertEquals("supervision.cancel.closed", cancelRefused(reneeViewer(), cancelled), "cancelled once only");
        assertEquals("supervision.cancel.closed", assertThrows(InputRejected.class, () -> inTransaction(db,
                s -> s.supervision().change(reneeViewer(), session.getId(), cancelled.getVersion(), new SessionDetails(
                        cohort, SessionKind.GROUP, renee.getId(), new MeetingTime(day, LocalTime.NOON, 60), null,
                        Set.of(kim.getId()))))).messageKey(), "no longer changed");
        assertEquals("supervision.cancel.closed", assertThrows(InputRejected.class,
                () -> attendance(session, Map.of(kim.getId(), Attendance.PRESENT))).messageKey(), "its attendance is never taken");
    }

    @Test
    void onlyASessionThatHasNotTakenPlaceIsCancelledByItsSupervisorOrAnAdministrator() {
        long cohort = cohort("Cancelling cohort");
        Account max = enrol(cohort, "max.sup@example.org", EnrollmentStatus.ENROLLED);
        assertEquals("supervision.cancel.started", cancelRefused(reneeViewer(), scheduleOn(cohort, ON, max)),
                "a week before the clock's day");
        SupervisionSession attended = scheduleOn(cohort, LocalDate.of(2026, 3, 25), max);
        attendance(attended, Map.of(max.getId(), Attendance.ABSENT));
        assertEquals("supervision.cancel.attendanceTaken", cancelRefused(reneeViewer(), attended));

        Account admin = inTransaction(db, s -> s.accounts().create(new AccountDetails("cancel.admin@example.org",
                "Admin", "Cancel", Language.EN, EnumSet.of(Role.ADMINISTRATOR)), "a-long-enough-password", false));
        SupervisionSession renees = scheduleOn(cohort, LocalDate.of(2026, 3, 26), max);
        SupervisionSession cancelled = cancel(new Viewer(admin.getEmail(), true), renees);
        assertEquals(admin.getId(), cancelled.getCancelledBy().getId(), "an administrator cancels anyone's session");
    }

    /** A group session of Renée's at 10:00 that day. */
    private static SupervisionSession scheduleOn(long cohort, LocalDate day, Account... trainees) {
        return schedule(reneeViewer(), cohort, SessionKind.GROUP, new MeetingTime(day, LocalTime.of(10, 0), 60), trainees);
    }

    private static SupervisionSession cancel(Viewer viewer, SupervisionSession session) {
        return inTransaction(db, s -> s.supervision().cancel(viewer, session.getId(), session.getVersion()));
    }

    private static String cancelRefused(Viewer viewer, SupervisionSession session) {
        return assertThrows(InputRejected.class, () -> cancel(viewer, session)).messageKey();
    }

    /** The person's notifications that mention the text, newest first, in English. */
    private static List<String> toldAbout(Account person, String text) {
        return inTransaction(db, s -> s.notifications().page(person.getEmail(), 0, 100)).rows().stream()
                .map(n -> n.text(java.util.Locale.ENGLISH)).filter(told -> told.contains(text)).toList();
    }

    @Test
    void aChangedSessionKeepsTheAttendanceOfThoseStillInvited() {
        SupervisionSession session = schedule(reneeViewer(), SessionKind.GROUP, 60, ana);
        attendance(session, Map.of(ana.getId(), Attendance.PRESENT));
        inTransaction(db, s -> s.supervision().change(reneeViewer(), session.getId(), session.getVersion(), new SessionDetails(
                cohortId, SessionKind.GROUP, renee.getId(), new MeetingTime(ON, LocalTime.of(11, 0), 75), "Moved",
                        Set.of(ana.getId(), ben.getId()))));
        List<Invitation> invited = inTransaction(db, s -> s.supervision().invitations(reneeViewer(), session.getId()));
        assertEquals(2, invited.size());
        assertEquals(Attendance.PRESENT, invited.get(0).getAttendance());
        assertEquals(75, invited.get(0).getSession().getSlot().getMinutes());
        assertThrows(RecordChangedMeanwhile.class, () -> inTransaction(db,
                s -> s.supervision().change(reneeViewer(), session.getId(), session.getVersion(), new SessionDetails(cohortId,
                        SessionKind.GROUP, renee.getId(), new MeetingTime(ON, LocalTime.NOON, 60), null,
                                Set.of(ana.getId())))));
    }

    @Test
    void eachInvitationIsOneCreditOfTheSessionsMinutesWhoseStateFollowsAttendance() {
        long cohort = cohort("Credits cohort");
        Account fay = enrol(cohort, "fay.sup@example.org", EnrollmentStatus.ENROLLED);
        Account gus = enrol(cohort, "gus.sup@example.org", EnrollmentStatus.ENROLLED);
        Account hal = enrol(cohort, "hal.sup@example.org", EnrollmentStatus.ENROLLED);
        Account ida = enrol(cohort, "ida.sup@example.org", EnrollmentStatus.ENROLLED);
        SupervisionSession group = inTransaction(db, s -> s.supervision().schedule(reneeViewer(), new SessionDetails(cohort,
                SessionKind.GROUP, renee.getId(), new MeetingTime(ON, LocalTime.of(10, 0), 120), null,
                Set.of(fay.getId(), gus.getId(), hal.getId(), ida.getId()))));
        Map<Long, Attendance> taken = new HashMap<>();
        taken.put(fay.getId(), Attendance.PRESENT);
        taken.put(gus.getId(), Attendance.ABSENT);
        taken.put(hal.getId(), Attendance.EXCUSED);
        attendance(group, taken);

        List<Credit> credits = inTransaction(db, s -> s.supervisionCredits().creditsIn(cohort));
        assertEquals(4, credits.size(), "one per invited trainee, whatever the attendance");
        assertTrue(credits.stream().allMatch(c -> c.kind() == CreditKind.SUPERVISION_MINUTES && c.amount() == 120 && c.date().equals(ON)));
        assertEquals(CreditState.EARNED, stateOf(credits, fay));
        assertEquals(CreditState.NOT_EARNED, stateOf(credits, gus));
        assertEquals(CreditState.NOT_EARNED, stateOf(credits, hal));
        assertEquals(CreditState.PENDING, stateOf(credits, ida));
        assertTrue(inTransaction(db, s -> s.supervisionCredits().creditsIn(otherCohortId)).stream().noneMatch(c -> c.traineeId() == fay.getId()));
        assertEquals(120L, (long) inTransaction(db, s -> s.supervision().creditedMinutes(new Viewer(fay.getEmail(), false))));
        assertEquals(0L, (long) inTransaction(db, s -> s.supervision().creditedMinutes(new Viewer(gus.getEmail(), false))));
    }

    @Test
    void notesAreReadByTheirAuthorAndTheTraineeTheyAreAboutOnly() {
        SupervisionSession individual = schedule(reneeViewer(), SessionKind.INDIVIDUAL, 60, ana);
        SupervisionSession group = schedule(reneeViewer(), SessionKind.GROUP, 90, ana, ben);
        SupervisionNote note = inTransaction(db, s -> s.notes().write(reneeViewer(), individual.getId(), SECRET));
        assertFalse(note.auditLabel().contains("Elm Street"), "the audit log, which administrators read, never holds the text");
        inTransaction(db, s -> s.notes().write(reneeViewer(), group.getId(), "Group note: " + SECRET));

        assertEquals(List.of(SECRET), texts(s -> s.notes().onSession(reneeViewer(), individual.getId())));
        assertEquals(List.of(SECRET), texts(s -> s.notes().onSession(viewer(ana), individual.getId())));
        assertTrue(texts(s -> s.notes().about(viewer(ana))).contains(SECRET));
        assertEquals(List.of(), texts(s -> s.notes().onSession(viewer(ana), group.getId())), "not the notes of a group session");
        for (Viewer outsider : List.of(ADMIN, viewer(ben), viewer(eli), new Viewer(omar.getEmail(), false))) {
            assertEquals(List.of(), texts(s -> s.notes().onSession(outsider, individual.getId())), outsider.email());
            assertFalse(texts(s -> s.notes().about(outsider)).contains(SECRET), outsider.email());
            assertFalse(texts(s -> s.notes().writtenBy(outsider)).contains(SECRET), outsider.email());
        }
        assertEquals(List.of(), texts(s -> s.notes().onSession(viewer(ben), group.getId())));
        assertEquals(1L, (long) inTransaction(db, s -> s.notes().count(individual.getId())), "anyone may know notes exist");
        assertTrue(inTransaction(db, s -> s.supervision().search(ADMIN, cohortId, SessionSort.STARTS_AT, false, 0, 100))
                .stream().anyMatch(row -> row.id() == individual.getId() && row.hasNotes()));
        assertEquals("supervision.notes.supervisorOnly", assertThrows(InputRejected.class,
                () -> inTransaction(db, s -> s.notes().write(ADMIN, individual.getId(), "An administrator's note"))).messageKey());
        assertEquals("supervision.notes.supervisorOnly", assertThrows(InputRejected.class,
                () -> inTransaction(db, s -> s.notes().write(viewer(ana), individual.getId(), "A trainee's note"))).messageKey());
    }

    @Test
    void aNoteStaysWithItsAuthorAndSubjectWhateverHappensToTheSessionLater() {
        long cohort = cohort("Re-invited cohort");
        Account fran = enrol(cohort, "fran.sup@example.org", EnrollmentStatus.ENROLLED);
        Account gil = enrol(cohort, "gil.sup@example.org", EnrollmentStatus.ENROLLED);
        SupervisionSession session = inTransaction(db, s -> s.supervision().schedule(reneeViewer(), new SessionDetails(cohort,
                SessionKind.INDIVIDUAL, renee.getId(), new MeetingTime(LocalDate.of(2026, 4, 14), LocalTime.of(10,
                        0), 60), null,
                Set.of(fran.getId()))));
        inTransaction(db, s -> s.notes().write(reneeViewer(), session.getId(), SECRET));

        SupervisionSession reinvited = inTransaction(db, s -> s.supervision().change(reneeViewer(), session.getId(),
                session.getVersion(), new SessionDetails(cohort, SessionKind.INDIVIDUAL, renee.getId(),
                        new MeetingTime(LocalDate.of(2026, 4, 14), LocalTime.of(10, 0), 60), null,
                                Set.of(gil.getId()))));
        assertEquals(List.of(), texts(s -> s.notes().onSession(viewer(gil), session.getId())), "the trainee invited later");
        assertEquals(List.of(), texts(s -> s.notes().about(viewer(gil))));
        assertEquals(List.of(SECRET), texts(s -> s.notes().about(viewer(fran))), "the trainee it is about, no longer invited");
        assertTrue(inTransaction(db, s -> s.personalCalendar().entries(fran.getId(), Locale.ENGLISH, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30))).isEmpty(), "no longer on the calendar of the trainee taken off it");
        assertEquals(1, inTransaction(db, s -> s.personalCalendar().entries(gil.getId(), Locale.ENGLISH, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30))).size());

        inTransaction(db, s -> {
            s.cohortSupervisors().assign(ADMIN, cohort, Set.of(omar.getId()));
            return null;
        });
        inTransaction(db, s -> s.supervision().change(ADMIN, session.getId(), reinvited.getVersion(), new SessionDetails(cohort,
                SessionKind.INDIVIDUAL, omar.getId(), new MeetingTime(LocalDate.of(2026, 4, 14), LocalTime.of(10, 0),
                        60), null,
                Set.of(gil.getId()))));
        Viewer omarViewer = new Viewer(omar.getEmail(), false);
        assertEquals(List.of(), texts(s -> s.notes().onSession(omarViewer, session.getId())), "the supervisor named later");
        assertFalse(texts(s -> s.notes().writtenBy(omarViewer)).contains(SECRET));
        assertTrue(texts(s -> s.notes().writtenBy(reneeViewer())).contains(SECRET), "its author, no longer the supervisor");
        assertEquals(List.of(SECRET), texts(s -> s.notes().about(viewer(fran))));
        assertEquals(List.of(), texts(s -> s.notes().onSession(ADMIN, session.getId())), "administrators never");
        assertTrue((boolean) inTransaction(db, s -> s.notes().mayWrite(omarViewer, session.getId())), "the new supervisor writes");
        assertFalse((boolean) inTransaction(db, s -> s.notes().mayWrite(reneeViewer(), session.getId())));
        inTransaction(db, s -> s.notes().write(omarViewer, session.getId(), "About Gil"));
        assertEquals(List.of("About Gil"), texts(s -> s.notes().about(viewer(gil))));
        assertEquals(List.of(SECRET), texts(s -> s.notes().about(viewer(fran))), "each note keeps its own subject");
    }

    @Test
    void onlyTheCohortsFacultyAndAssignedSupervisorsCreditHoursThere() {
        long cohort = cohort("Who supervises whom");
        Account hugo = enrol(cohort, "hugo.sup@example.org", EnrollmentStatus.ENROLLED);
        Account paz = faculty("paz.sup@example.org");
        Account quinn = faculty("quinn.sup@example.org");
        Viewer pazViewer = new Viewer(paz.getEmail(), false);
        assertEquals("supervision.supervisor.notOfCohort", assertThrows(InputRejected.class,
                () -> scheduleIn(cohort, pazViewer, paz, hugo)).messageKey(), "a faculty member of no course of the cohort");
        assertEquals("supervision.supervisor.notOfCohort", assertThrows(InputRejected.class,
                () -> scheduleIn(cohort, ADMIN, paz, hugo)).messageKey(), "not even when an administrator names them");
        assertTrue(inTransaction(db, s -> s.cohortSupervisors().cohortsOf(paz.getEmail())).stream()
                .noneMatch(c -> c.getId() == cohort));

        inTransaction(db, s -> {
            s.em().persist(new Course(s.em().find(Cohort.class, cohort), new CourseDetails("Observation", null, null, null,
                    true, 70), quinn));
            return null;
        });
        assertTrue(scheduleIn(cohort, new Viewer(quinn.getEmail(), false), quinn, hugo).getId() > 0, "a course's faculty");
        assertTrue(scheduleIn(cohort, reneeViewer(), renee, hugo).getId() > 0, "the cohort's faculty");

        assertEquals("supervision.supervisors.administratorOnly", assertThrows(InputRejected.class, () -> inTransaction(db, s -> {
            s.cohortSupervisors().assign(pazViewer, cohort, Set.of(paz.getId()));
            return null;
        })).messageKey());
        assertEquals("supervision.supervisors.notFaculty", assertThrows(InputRejected.class, () -> inTransaction(db, s -> {
            s.cohortSupervisors().assign(ADMIN, cohort, Set.of(hugo.getId()));
            return null;
        })).messageKey());
        inTransaction(db, s -> {
            s.cohortSupervisors().assign(ADMIN, cohort, Set.of(paz.getId()));
            return null;
        });
        SupervisionSession pazs = scheduleIn(cohort, pazViewer, paz, hugo);
        assertTrue(inTransaction(db, s -> s.cohortSupervisors().cohortsOf(paz.getEmail())).stream()
                .anyMatch(c -> c.getId() == cohort));
        assertEquals(List.of(paz.getId()), inTransaction(db, s -> s.cohortSupervisors().assigned(cohort)).stream()
                .map(Account::getId).toList());

        inTransaction(db, s -> {
            s.cohortSupervisors().assign(ADMIN, cohort, Set.of());
            return null;
        });
        assertEquals("supervision.supervisor.notOfCohort", assertThrows(InputRejected.class, () -> inTransaction(db, s -> {
            s.supervision().takeAttendance(ADMIN, pazs.getId(), Map.of(hugo.getId(), Attendance.PRESENT));
            return null;
        })).messageKey(), "an assignment taken back credits no more hours");
    }

    @Test
    void theSupervisorAndTheInvitedTraineesHaveTheSessionOnTheirCalendar() {
        long cohort = cohort("Calendar cohort");
        Account jo = enrol(cohort, "jo.sup@example.org", EnrollmentStatus.ENROLLED);
        inTransaction(db, s -> {
            s.cohortSupervisors().assign(ADMIN, cohort, Set.of(omar.getId()));
            return null;
        });
        SupervisionSession session = inTransaction(db, s -> s.supervision().schedule(new Viewer(omar.getEmail(), false),
                new SessionDetails(cohort, SessionKind.INDIVIDUAL, omar.getId(), new MeetingTime(LocalDate.of(2026,
                        4, 7), LocalTime.of(16, 30), 45), "Transitions", Set.of(jo.getId()))));
        List<CalendarEntry> joEntries = inTransaction(db, s -> s.personalCalendar().entries(jo.getId(), Locale.ENGLISH,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        assertEquals(1, joEntries.size());
        CalendarEntry entry = joEntries.get(0);
        assertEquals(LocalDateTime.of(2026, 4, 7, 16, 30), entry.start(), "California wall clock");
        assertEquals(45, entry.minutes());
        assertEquals("Individual supervision: Transitions", entry.title());
        assertEquals("/supervision/mine.xhtml", entry.page());
        List<CalendarEntry> omarEntries = inTransaction(db, s -> s.personalCalendar().entries(omar.getId(), Locale.forLanguageTag("es"),
                LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 7)));
        assertEquals(List.of("Supervisión Individual: Transitions"), omarEntries.stream().map(CalendarEntry::title).toList());
        assertEquals("/supervision/session.xhtml?id=" + session.getId(), omarEntries.get(0).page());
        assertEquals(entry.uid(), omarEntries.get(0).uid(), "one meeting, one uid");
        assertTrue(inTransaction(db, s -> s.personalCalendar().entries(ben.getId(), Locale.ENGLISH, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30))).isEmpty(), "not on the calendar of someone not invited");
        assertTrue(inTransaction(db, s -> s.personalCalendar().entries(jo.getId(), Locale.ENGLISH, LocalDate.of(2026, 4, 8),
                LocalDate.of(2026, 4, 30))).isEmpty(), "only the days asked for");
    }

    private static List<String> texts(java.util.function.Function<Services, List<SessionNotes.Note>> query) {
        return inTransaction(db, query).stream().map(SessionNotes.Note::text).toList();
    }

    private static SupervisionSession scheduleIn(long cohort, Viewer viewer, Account supervisor, Account trainee) {
        return inTransaction(db, s -> s.supervision().schedule(viewer, new SessionDetails(cohort, SessionKind.GROUP,
                supervisor.getId(), new MeetingTime(ON, LocalTime.NOON, 60), null, Set.of(trainee.getId()))));
    }

    private static CreditState stateOf(List<Credit> credits, Account trainee) {
        return credits.stream().filter(c -> c.traineeId() == trainee.getId()).findFirst().orElseThrow().state();
    }

    private static void attendance(SupervisionSession session, Map<Long, Attendance> byTrainee) {
        inTransaction(db, s -> {
            s.supervision().takeAttendance(reneeViewer(), session.getId(), byTrainee);
            return null;
        });
    }

    private static SupervisionSession schedule(Viewer viewer, SessionKind kind, int minutes, Account... trainees) {
        return schedule(viewer, cohortId, kind, new MeetingTime(ON, LocalTime.of(16, 0), minutes), trainees);
    }

    private static SupervisionSession schedule(Viewer viewer, long cohort, SessionKind kind, MeetingTime when,
                                               Account... trainees) {
        Set<Long> ids = java.util.Arrays.stream(trainees).map(Account::getId).collect(java.util.stream.Collectors.toSet());
        return inTransaction(db, s -> s.supervision().schedule(viewer, new SessionDetails(cohort, kind, renee.getId(),
                when, null, ids)));
    }

    private static Viewer reneeViewer() {
        return new Viewer(renee.getEmail(), false);
    }

    private static Viewer viewer(Account account) {
        return new Viewer(account.getEmail(), false);
    }

    private static Account faculty(String email) {
        return inTransaction(db, s -> s.accounts().create(new AccountDetails(email, "Faculty", email.substring(0, 4),
                Language.EN, EnumSet.of(Role.FACULTY)), "a-long-enough-password", false));
    }

    /** A cohort with Renée as its faculty, so that she supervises there. */
    private static long cohort(String name) {
        return inTransaction(db, s -> s.cohorts().create(new CohortDetails(name, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 6, 30), InstructionLanguage.EN, 30), CohortStatus.ACTIVE, new CompletionRequirements(),
                Set.of(renee.getId())).getId());
    }

    private static Account enrol(long cohort, String email, EnrollmentStatus status) {
        return inTransaction(db, s -> s.enrollments().enrol(cohort, email, "Trainee", email.substring(0, 3), Language.EN,
                status).getTrainee());
    }
}
