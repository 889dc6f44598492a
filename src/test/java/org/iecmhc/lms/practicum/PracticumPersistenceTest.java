package org.iecmhc.lms.practicum;

import static org.iecmhc.lms.practicum.PracticumFixture.END;
import static org.iecmhc.lms.practicum.PracticumFixture.START;
import static org.iecmhc.lms.practicum.PracticumFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.practicum.PracticumFixture.World;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Placements, logs and their review against MariaDB: the rules, who reaches what, and the credits for completion. */
class PracticumPersistenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);
    private static TestDatabase db;
    private static PracticumFixture fixture;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        fixture = new PracticumFixture(db);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void placementsAreMadeByAdministratorsAndTheCohortsFacultyOnly() {
        World w = fixture.world("place");
        World elsewhere = fixture.world("elsewhere");
        long lateEnrollment = fixture.enrol(w.cohortId(), "place.late@example.org");
        PlacementDetails details = new PlacementDetails(lateEnrollment, w.providerId(), "Maya Brooks", null, START, END,
                PlacementStatus.PLANNED);
        assertRejected("enrollment", "practicum.placement.enrollment.required",
                () -> fixture.in(s -> s.placements().create(elsewhere.faculty(), details)));
        assertRejected("enrollment", "practicum.placement.enrollment.required",
                () -> fixture.in(s -> s.placements().create(w.trainee(), details)));
        assertRejected("endOn", "practicum.placement.endOn.beforeStart", () -> fixture.in(s -> s.placements().create(
                w.faculty(), new PlacementDetails(lateEnrollment, w.providerId(), "Maya", null, END, START, PlacementStatus.PLANNED))));
        assertRejected("mentorName", "practicum.placement.mentorName.required", () -> fixture.in(s -> s.placements().create(
                w.faculty(), new PlacementDetails(lateEnrollment, w.providerId(), " ", null, START, END, PlacementStatus.PLANNED))));
        assertRejected("provider", "practicum.placement.provider.required", () -> fixture.in(s -> s.placements().create(
                w.faculty(), new PlacementDetails(lateEnrollment, null, "Maya", null, START, END, PlacementStatus.PLANNED))));
        long id = fixture.in(s -> s.placements().create(w.faculty(), details).getId());

        assertEquals(3L, (long) fixture.in(s -> s.placements().count(w.faculty(), new PlacementFilter(null, null))));
        assertEquals(1L, (long) fixture.in(s -> s.placements().count(w.faculty(), new PlacementFilter(w.cohortId(), PlacementStatus.PLANNED))));
        assertEquals(0L, (long) fixture.in(s -> s.placements().count(elsewhere.faculty(), new PlacementFilter(w.cohortId(), null))),
                "faculty of another cohort see none of this one's placements");
        assertTrue(fixture.in(s -> s.placements().find(elsewhere.faculty(), id)).isEmpty());
        assertTrue(fixture.in(s -> s.placements().find(elsewhere.trainee(), w.placement())).isEmpty(), "another trainee's placement");
        assertTrue(fixture.in(s -> s.placements().find(w.trainee(), w.placement())).isPresent());
        assertEquals(List.of(w.placement()), fixture.in(s -> s.placements().mine(w.trainee()).stream().map(Placement::getId).toList()));
        assertRejected("", "practicum.notFound", () -> fixture.in(s -> s.placements().managed(w.trainee(), w.placement())));
    }

    @Test
    void aPlacementsDatesCannotLeaveLoggedDaysOutside() {
        World w = fixture.world("dates");
        fixture.log(w.trainee(), w.placement(), START.plusDays(3), "09:00", 60);
        Placement placement = fixture.in(s -> s.placements().managed(w.faculty(), w.placement()));
        assertRejected("startOn", "practicum.placement.entriesOutside", () -> fixture.in(s -> s.placements().change(w.faculty(),
                w.placement(), placement.getVersion(), new PlacementDetails(null, w.providerId(), "Maya", null,
                        START.plusDays(4), END, PlacementStatus.ACTIVE))));
        Placement changed = fixture.in(s -> s.placements().change(w.faculty(), w.placement(), placement.getVersion(),
                new PlacementDetails(null, w.providerId(), "Helen Wu", "helen@example.org", START.plusDays(3), END,
                        PlacementStatus.ACTIVE)));
        assertEquals("Helen Wu", changed.getMentorName());
        assertThrows(RecordChangedMeanwhile.class, () -> fixture.in(s -> s.placements().change(w.faculty(), w.placement(),
                placement.getVersion(), new PlacementDetails(null, w.providerId(), "Maya", null, START, END, PlacementStatus.ACTIVE))));
    }

    @Test
    void entriesAreCheckedAgainstThePlacementTheClockAndTheTraineesOtherEntries() {
        World w = fixture.world("rules");
        assertRejected("loggedOn", "practicum.entry.loggedOn.future", () -> fixture.log(w.trainee(), w.placement(), TODAY.plusDays(1), "09:00", 60));
        assertRejected("loggedOn", "practicum.entry.loggedOn.outside", () -> fixture.log(w.trainee(), w.placement(), START.minusDays(1), "09:00", 60));
        assertRejected("minutes", "practicum.entry.minutes.range", () -> fixture.log(w.trainee(), w.placement(), DAY, "09:00", 0));
        assertRejected("minutes", "practicum.entry.minutes.range", () -> fixture.log(w.trainee(), w.placement(), DAY, "09:00", 1441));

        fixture.log(w.trainee(), w.placement(), DAY, "09:00", 120);
        assertRejected("startsAt", "practicum.entry.overlap", () -> fixture.log(w.trainee(), w.placement(), DAY, "10:30", 30));
        fixture.log(w.trainee(), w.placement(), DAY, "11:00", 30);
        fixture.log(w.otherTrainee(), w.otherPlacement(), DAY, "09:00", 120);

        long second = fixture.place(w.faculty(), w.traineeEnrollment(), w.providerId(), START, END);
        assertRejected("startsAt", "practicum.entry.overlap", () -> fixture.log(w.trainee(), second, DAY, "08:30", 45),
                "overlaps are checked across all of the trainee's placements");
        fixture.log(w.trainee(), w.placement(), DAY.minusDays(1), "23:00", 60);
        assertRejected("startsAt", "practicum.entry.overlap", () -> fixture.log(w.trainee(), second, DAY.minusDays(1), "23:30", 30));
    }

    @Test
    void aReturnedEntryFreesItsTimeAndEditingItResubmitsItButAnApprovedOneIsFinal() {
        World w = fixture.world("edit");
        LogEntry first = fixture.log(w.trainee(), w.placement(), DAY, "09:00", 60);
        fixture.in(s -> s.logReview().giveBack(w.faculty(), first.getId(), first.getVersion(), "Which classroom?"));
        LogEntry sameTime = fixture.log(w.trainee(), w.placement(), DAY, "09:00", 60);
        LogEntry returned = fixture.in(s -> s.practicumLog().own(w.trainee(), first.getId()));
        assertEquals(EntryStatus.RETURNED, returned.getStatus());
        assertEquals("Which classroom?", returned.getReviewComment());
        assertRejected("startsAt", "practicum.entry.overlap", () -> fixture.in(s -> s.practicumLog().change(w.trainee(), first.getId(),
                returned.getVersion(), details(DAY, "09:30", 60))), "back in review, it would overlap again");
        LogEntry resubmitted = fixture.in(s -> s.practicumLog().change(w.trainee(), first.getId(), returned.getVersion(),
                details(DAY, "10:00", 45)));
        assertEquals(EntryStatus.SUBMITTED, resubmitted.getStatus());
        assertEquals(45, resubmitted.getMinutes());
        assertThrows(RecordChangedMeanwhile.class, () -> fixture.in(s -> s.practicumLog().change(w.trainee(), first.getId(),
                returned.getVersion(), details(DAY, "10:00", 30))));

        fixture.in(s -> s.logReview().approve(w.faculty(), sameTime.getId(), sameTime.getVersion()));
        LogEntry approved = fixture.in(s -> s.practicumLog().own(w.trainee(), sameTime.getId()));
        assertRejected("", "practicum.entry.approved", () -> fixture.in(s -> s.practicumLog().change(w.trainee(), sameTime.getId(),
                approved.getVersion(), details(DAY, "07:00", 30))));
        assertRejected("", "practicum.entry.approved", () -> fixture.in(s -> { s.practicumLog().remove(w.trainee(), sameTime.getId()); return null; }));

        fixture.in(s -> { s.practicumLog().remove(w.trainee(), first.getId()); return null; });
        assertEquals(1L, (long) fixture.in(s -> s.practicumLog().count(w.trainee(), w.placement())));
        assertEquals(new LogTotals(60, 0, 0), fixture.in(s -> s.practicumLog().totals(w.trainee(), w.placement())));
    }

    @Test
    void aTraineeNeverReachesAnotherTraineesPlacementOrEntriesById() {
        World w = fixture.world("owner");
        LogEntry theirs = fixture.log(w.otherTrainee(), w.otherPlacement(), DAY, "09:00", 60);
        assertRejected("", "practicum.notFound", () -> fixture.log(w.trainee(), w.otherPlacement(), DAY, "13:00", 60));
        assertRejected("", "practicum.notFound", () -> fixture.in(s -> s.practicumLog().own(w.trainee(), theirs.getId())));
        assertRejected("", "practicum.notFound", () -> fixture.in(s -> s.practicumLog().change(w.trainee(), theirs.getId(),
                theirs.getVersion(), details(DAY, "13:00", 60))));
        assertRejected("", "practicum.notFound", () -> fixture.in(s -> { s.practicumLog().remove(w.trainee(), theirs.getId()); return null; }));
        assertRejected("", "practicum.notFound", () -> fixture.in(s -> s.practicumLog().entries(w.trainee(), w.otherPlacement(), 0, 20)));
        assertRejected("", "practicum.notFound", () -> fixture.in(s -> s.practicumLog().totals(w.trainee(), w.otherPlacement())));
        assertRejected("", "practicum.notFound", () -> fixture.in(s -> s.practicumLog().own(w.faculty(), theirs.getId())),
                "faculty read logs but never write in them");
        assertEquals(1, fixture.in(s -> s.practicumLog().entries(w.faculty(), w.otherPlacement(), 0, 20)).size(), "the cohort's faculty read it");
        assertRejected("", "practicum.notFound", () -> fixture.in(s -> s.logReview().approve(w.trainee(), theirs.getId(), theirs.getVersion())));
    }

    @Test
    void theListOfEntriesReachesWhatThePagesDoAndNarrowsToItsFilters() {
        World w = fixture.world("search");
        World elsewhere = fixture.world("search2");
        LogEntry mine = fixture.log(w.trainee(), w.placement(), DAY, "09:00", 60);
        fixture.log(w.trainee(), w.placement(), DAY.minusDays(5), "09:00", 60);
        fixture.log(w.otherTrainee(), w.otherPlacement(), DAY, "09:00", 60);
        fixture.log(elsewhere.trainee(), elsewhere.placement(), DAY, "09:00", 60);
        EntryFilter any = new EntryFilter(null, null, null, null, null);

        assertEquals(2L, (long) fixture.in(s -> s.practicumLog().count(w.trainee(), any)), "a trainee their own");
        assertEquals(3L, (long) fixture.in(s -> s.practicumLog().count(w.faculty(), any)), "faculty their cohort's");
        assertTrue(fixture.in(s -> s.practicumLog().count("search.admin@example.org", any)) >= 4, "administrators all");
        assertEquals(List.of(mine.getId()), fixture.in(s -> s.practicumLog().search(w.faculty(),
                new EntryFilter(w.placement(), EntryStatus.SUBMITTED, null, DAY.minusDays(1), DAY), 0, 10)
                .stream().map(LogEntry::getId).toList()));
        assertEquals(0L, (long) fixture.in(s -> s.practicumLog().count(w.trainee(),
                new EntryFilter(w.otherPlacement(), null, null, null, null))), "a filter never widens the reach");
        assertTrue(fixture.in(s -> s.practicumLog().find(elsewhere.faculty(), mine.getId())).isEmpty());
        assertTrue(fixture.in(s -> s.practicumLog().find(w.faculty(), mine.getId())).isPresent());
    }

    @Test
    void onlyTheCohortsFacultyReviewAndAReturnNeedsAComment() {
        World w = fixture.world("review");
        World elsewhere = fixture.world("review2");
        String admin = fixture.person("review.admin2@example.org", Role.ADMINISTRATOR);
        LogEntry a = fixture.log(w.trainee(), w.placement(), DAY, "09:00", 60);
        LogEntry b = fixture.log(w.otherTrainee(), w.otherPlacement(), DAY.minusDays(2), "09:00", 90);
        LogEntry c = fixture.log(w.trainee(), w.placement(), DAY.minusDays(5), "09:00", 30);
        fixture.log(elsewhere.trainee(), elsewhere.placement(), DAY, "09:00", 60);

        assertEquals(3L, (long) fixture.in(s -> s.logReview().queueSize(w.faculty(), ReviewFilter.NONE)));
        assertEquals(0L, (long) fixture.in(s -> s.logReview().queueSize(w.faculty(), new ReviewFilter(elsewhere.cohortId(), null, null))));
        assertEquals(List.of(a.getId(), b.getId(), c.getId()), ids(fixture.in(s -> s.logReview().queue(w.faculty(), new ReviewFilter(w.cohortId(), null, null),
                ReviewSort.DATE, false, 0, 20))), "the latest first");
        assertEquals(List.of(b.getId(), c.getId(), a.getId()), ids(fixture.in(s -> s.logReview().queue(w.faculty(), ReviewFilter.NONE,
                ReviewSort.TRAINEE, true, 0, 20))), "by trainee (other before trainee), then in the order it happened");
        assertEquals(1, fixture.in(s -> s.logReview().queue(w.faculty(), ReviewFilter.NONE, ReviewSort.DATE, false, 2, 20)).size(), "paged");
        assertEquals(List.of(a.getId()), ids(fixture.in(s -> s.logReview().queue(w.faculty(), new ReviewFilter(null, DAY, null),
                ReviewSort.DATE, false, 0, 20))), "the entries of one day");
        assertEquals(List.of(b.getId()), ids(fixture.in(s -> s.logReview().queue(w.faculty(), new ReviewFilter(null, null, " OTHER "),
                ReviewSort.DATE, false, 0, 20))), "part of a trainee's name, in any case");
        assertEquals(1L, (long) fixture.in(s -> s.logReview().queueSize(w.faculty(),
                new ReviewFilter(w.cohortId(), DAY.minusDays(5), "tess review.trainee"))), "all three together");
        assertEquals(0L, (long) fixture.in(s -> s.logReview().queueSize(w.faculty(), new ReviewFilter(null, null, "%"))),
                "a % typed is a character, not a wildcard");

        assertRejected("", "practicum.notFound", () -> fixture.in(s -> s.logReview().approve(elsewhere.faculty(), a.getId(), a.getVersion())));
        assertRejected("", "practicum.notFound", () -> fixture.in(s -> s.logReview().approve(admin, a.getId(), a.getVersion())));
        assertRejected("comment", "practicum.review.comment.required", () -> fixture.in(s -> s.logReview().giveBack(w.faculty(),
                a.getId(), a.getVersion(), "  ")));
        fixture.in(s -> s.logReview().giveBack(w.faculty(), a.getId(), a.getVersion(), "Add the classroom, please."));
        assertThrows(RecordChangedMeanwhile.class, () -> fixture.in(s -> s.logReview().approve(w.faculty(), a.getId(), a.getVersion())));
        LogEntry returned = fixture.in(s -> s.practicumLog().own(w.trainee(), a.getId()));
        assertRejected("", "practicum.review.notWaiting", () -> fixture.in(s -> s.logReview().approve(w.faculty(), a.getId(),
                returned.getVersion())), "a returned entry is the trainee's again, even at its latest version");

        assertThrows(RecordChangedMeanwhile.class, () -> fixture.in(s -> s.logReview().approveAll(w.faculty(),
                Map.of(b.getId(), b.getVersion(), a.getId(), a.getVersion()))));
        assertEquals(EntryStatus.SUBMITTED, fixture.in(s -> s.practicumLog().own(w.otherTrainee(), b.getId())).getStatus(),
                "one refused entry approves none");
        assertEquals(2, (int) fixture.in(s -> s.logReview().approveAll(w.faculty(), Map.of(b.getId(), b.getVersion(), c.getId(), c.getVersion()))));
        assertEquals(0L, (long) fixture.in(s -> s.logReview().queueSize(w.faculty(), ReviewFilter.NONE)));
        assertEquals(new LogTotals(30, 0, 60), fixture.in(s -> s.practicumLog().totals(w.trainee(), w.placement())));
    }

    @Test
    void creditsAreOneRecordPerEntryOfTheCohortInMinutesAsItStands() {
        World w = fixture.world("credits");
        World elsewhere = fixture.world("credits2");
        long traineeId = fixture.in(s -> s.accounts().findByEmail(w.trainee()).orElseThrow().getId());
        LogEntry approved = fixture.log(w.trainee(), w.placement(), DAY, "09:00", 90);
        LogEntry returned = fixture.log(w.trainee(), w.placement(), DAY.minusDays(1), "09:00", 45);
        fixture.log(w.trainee(), w.placement(), DAY.minusDays(2), "09:00", 30);
        fixture.log(elsewhere.trainee(), elsewhere.placement(), DAY, "09:00", 60);
        fixture.in(s -> s.logReview().approve(w.faculty(), approved.getId(), approved.getVersion()));
        fixture.in(s -> s.logReview().giveBack(w.faculty(), returned.getId(), returned.getVersion(), "Which provider?"));

        List<Credit> credits = fixture.in(s -> s.practicumCredits().creditsIn(w.cohortId()));
        assertEquals(3, credits.size(), "the other cohort's entry is not among them");
        assertTrue(credits.contains(new Credit(traineeId, CreditKind.PRACTICUM_MINUTES, 90, CreditState.EARNED, DAY)));
        assertTrue(credits.contains(new Credit(traineeId, CreditKind.PRACTICUM_MINUTES, 45, CreditState.NOT_EARNED, DAY.minusDays(1))));
        assertTrue(credits.contains(new Credit(traineeId, CreditKind.PRACTICUM_MINUTES, 30, CreditState.PENDING, DAY.minusDays(2))));
        assertEquals(List.of("Your practicum entry of " + DAY.minusDays(1) + " was returned to you.",
                "Your practicum entry of " + DAY + " was approved."),
                fixture.in(s -> s.notifications().page(w.trainee(), 0, 10)).rows().stream()
                        .map(n -> n.text(java.util.Locale.ENGLISH)).toList(), "the trainee hears of each review");
    }

    @Test
    void theLogExportsAsCsvInTheOrderItHappenedWithTheFacultysComment() {
        World w = fixture.world("csv");
        LogEntry later = fixture.log(w.trainee(), w.placement(), DAY, "13:30", 90);
        fixture.log(w.trainee(), w.placement(), DAY.minusDays(7), "23:00", 120);
        fixture.in(s -> s.logReview().giveBack(w.faculty(), later.getId(), later.getVersion(), "Which room, \"exactly\"?"));
        String csv = fixture.in(s -> LogCsv.write(s.practicumLog().all(w.trainee(), w.placement()), key -> key.substring(key.lastIndexOf('.') + 1)));
        assertEquals("loggedOn,startsAt,endsAt,minutes,activity,status,note,comment\r\n"
                + "2026-01-05,23:00,01:00,120,OBSERVATION,SUBMITTED,Observed the toddler room.,\r\n"
                + "2026-01-12,13:30,15:00,90,OBSERVATION,RETURNED,Observed the toddler room.,\"Which room, \"\"exactly\"\"?\"\r\n", csv);
    }

    private static EntryDetails details(LocalDate day, String startsAt, int minutes) {
        return new EntryDetails(day, LocalTime.parse(startsAt), minutes, PracticumActivity.REFLECTIVE_CONVERSATION, "Corrected.");
    }

    private static List<Long> ids(List<ReviewRow> rows) {
        return rows.stream().map(ReviewRow::entryId).toList();
    }

    private static void assertRejected(String field, String key, Executable action) {
        assertRejected(field, key, action, key);
    }

    private static void assertRejected(String field, String key, Executable action, String why) {
        PracticumRejected rejected = assertThrows(PracticumRejected.class, action, why);
        assertEquals(key, rejected.messageKey(), why);
        assertEquals(field, rejected.field(), why);
    }
}
