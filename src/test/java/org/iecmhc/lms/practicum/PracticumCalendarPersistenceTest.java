package org.iecmhc.lms.practicum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A trainee's placement days on their own calendar only, against MariaDB. */
class PracticumCalendarPersistenceTest {

    private static TestDatabase db;
    private static PracticumFixture fixture;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
        fixture = new PracticumFixture(db);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aPlacementsFirstAndLastDayAreOnItsTraineesCalendarWhenInTheDaysAsked() {
        PracticumFixture.World world = fixture.world("pcal");
        long trainee = id(world.trainee());
        String provider = "pcal Little Acorns";

        assertEquals(List.of(CalendarEntry.onDay("placement-start-" + world.placement() + "@iecmhc-lms", CalendarKind.PRACTICUM,
                        "Practicum starts at " + provider, PracticumFixture.START, "/practicum/log.xhtml?placement=" + world.placement())),
                entries(trainee, Locale.ENGLISH, PracticumFixture.START, PracticumFixture.START.plusDays(30)));
        assertEquals(List.of("Termina la práctica en " + provider),
                entries(trainee, Locale.forLanguageTag("es"), PracticumFixture.END, PracticumFixture.END).stream()
                        .map(CalendarEntry::title).toList());
        assertEquals(2, entries(trainee, Locale.ENGLISH, PracticumFixture.START, PracticumFixture.END).size());
        assertEquals(List.of(), entries(trainee, Locale.ENGLISH, PracticumFixture.START.plusDays(1), PracticumFixture.END.minusDays(1)),
                "nothing between the first and the last day");
        assertEquals(List.of("placement-start-" + world.otherPlacement() + "@iecmhc-lms"),
                entries(id(world.otherTrainee()), Locale.ENGLISH, PracticumFixture.START, PracticumFixture.START).stream()
                        .map(CalendarEntry::uid).toList(), "each trainee their own placement only");
        assertEquals(List.of(), entries(id(world.faculty()), Locale.ENGLISH, PracticumFixture.START, PracticumFixture.END));
    }

    @Test
    void aPlacementEndedEarlyIsLeftOut() {
        PracticumFixture.World world = fixture.world("pcal-early");
        fixture.in(s -> s.placements().create(world.faculty(), new PlacementDetails(world.traineeEnrollment(), world.providerId(),
                "Maya Brooks", null, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), PlacementStatus.ENDED_EARLY)));
        assertEquals(List.of(), entries(id(world.trainee()), Locale.ENGLISH, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)));
    }

    private static long id(String email) {
        return fixture.in(s -> s.accounts().findByEmail(email).orElseThrow().getId());
    }

    private static List<CalendarEntry> entries(long person, Locale locale, LocalDate from, LocalDate to) {
        return fixture.in(s -> s.personalCalendar().entries(person, locale, from, to));
    }
}
