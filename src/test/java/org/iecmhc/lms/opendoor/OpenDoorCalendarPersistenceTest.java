package org.iecmhc.lms.opendoor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.offering.OfferingTerms;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Open-Door sessions on their facilitator's calendar only, at their time or as all-day entries, against MariaDB. */
class OpenDoorCalendarPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T20:00:00Z"), ZoneOffset.UTC);
    private static final Viewer ADMIN = new Viewer("admin@example.org", true);
    private static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void theFacilitatorHasTheSessionsOfTheDaysAskedAndNoOneElseHasThem() {
        Account rosa = consultant("rosa.cal@example.org");
        Account luis = consultant("luis.cal@example.org");
        OpenDoorSession before = schedule(LocalDate.of(2025, 3, 4), "Before", rosa);
        OpenDoorSession first = schedule(LocalDate.of(2025, 3, 5), "Biting; toddlers", rosa);
        OpenDoorSession last = schedule(LocalDate.of(2025, 3, 31), "Transitions", rosa);
        schedule(LocalDate.of(2025, 4, 1), "After", rosa);
        OpenDoorSession luiss = schedule(LocalDate.of(2025, 3, 6), "Luis's", luis);

        List<CalendarEntry> rosas = entries(rosa, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 31));
        assertEquals(List.of(
                CalendarEntry.onDay("open-door-" + first.getId() + "@iecmhc-lms", CalendarKind.OPEN_DOOR,
                        "Open-Door session: Biting; toddlers", LocalDate.of(2025, 3, 5), "/opendoor/session.xhtml?id=" + first.getId()),
                CalendarEntry.onDay("open-door-" + last.getId() + "@iecmhc-lms", CalendarKind.OPEN_DOOR,
                        "Open-Door session: Transitions", LocalDate.of(2025, 3, 31), "/opendoor/session.xhtml?id=" + last.getId())),
                rosas, "the first and the last day are in, the days around them out");
        assertEquals(List.of("open-door-" + luiss.getId() + "@iecmhc-lms"),
                entries(luis, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30)).stream().map(CalendarEntry::uid).toList());
        assertEquals("open-door-" + before.getId() + "@iecmhc-lms",
                entries(rosa, LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 4)).get(0).uid());
    }

    @Test
    void aSessionWithATimeIsOnTheCalendarAtThatTime() {
        Account ana = consultant("ana.cal@example.org");
        OpenDoorSession session = schedule(LocalDate.of(2025, 5, 6), "Evening drop-in", ana);
        db.inTransaction(em -> Services.on(em, CLOCK).openDoor().offer(ADMIN, session.getId(),
                new MeetingTime(LocalDate.of(2025, 5, 7), LocalTime.of(18, 30), 60), OfferingTerms.closed()));

        assertEquals(List.of(CalendarEntry.timed("open-door-" + session.getId() + "@iecmhc-lms", CalendarKind.OPEN_DOOR,
                        "Open-Door session: Evening drop-in", LocalDateTime.of(2025, 5, 7, 18, 30), 60,
                        "/opendoor/session.xhtml?id=" + session.getId())),
                entries(ana, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)), "in California time, on the day it moved to");
    }

    private static Account consultant(String email) {
        return db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email, "Con", "Sultant",
                Language.EN, EnumSet.of(Role.CONSULTANT)), "long enough password", false));
    }

    private static OpenDoorSession schedule(LocalDate day, String title, Account facilitator) {
        return db.inTransaction(em -> Services.on(em, CLOCK).openDoor().schedule(ADMIN,
                new SessionDetails(day, title, ServiceLanguage.EN, facilitator.getId())));
    }

    private static List<CalendarEntry> entries(Account person, LocalDate from, LocalDate to) {
        return db.inTransaction(em -> Services.on(em, CLOCK).personalCalendar().entries(person.getId(), Locale.ENGLISH, from,
                to));
    }
}
