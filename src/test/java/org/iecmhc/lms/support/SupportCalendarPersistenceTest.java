package org.iecmhc.lms.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Community of Support sessions on their facilitator's calendar only, against MariaDB. */
class SupportCalendarPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T20:00:00Z"), ZoneOffset.UTC);
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
    void theFacilitatorHasTheSessionsOfTheCaliforniaDaysAskedAndNoOneElseHasThem() {
        Account rosa = consultant("rosa.supcal@example.org");
        Account luis = consultant("luis.supcal@example.org");
        SupportSeries series = start("Calm classrooms", rosa, LocalDate.of(2025, 1, 31));
        start("Toddlers together", luis, LocalDate.of(2025, 2, 5));

        // The series meets monthly at 18:30 in California: January 31 is February 1 in UTC, and stays out.
        List<CalendarEntry> rosas = entries(rosa, Locale.forLanguageTag("es"), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31));
        assertEquals(2, rosas.size());
        CalendarEntry february = rosas.get(0);
        assertEquals(CalendarKind.SUPPORT, february.kind());
        assertEquals("Comunidad de Apoyo: Calm classrooms", february.title());
        assertEquals(LocalDateTime.of(2025, 2, 28, 18, 30), february.start());
        assertEquals(90, february.minutes());
        assertEquals("/support/series.xhtml?id=" + series.getId(), february.page());
        assertEquals(LocalDateTime.of(2025, 3, 31, 18, 30), rosas.get(1).start());
        assertEquals(1, entries(rosa, Locale.ENGLISH, LocalDate.of(2025, 1, 31), LocalDate.of(2025, 1, 31)).size());

        List<CalendarEntry> luiss = entries(luis, Locale.ENGLISH, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertEquals(6, luiss.size());
        assertEquals(List.of("Community of Support: Toddlers together"), luiss.stream().map(CalendarEntry::title).distinct().toList(),
                "none of Rosa's series");
    }

    private static Account consultant(String email) {
        return db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email, "Con", "Sultant",
                Language.EN, EnumSet.of(Role.CONSULTANT)), "long enough password", false));
    }

    private static SupportSeries start(String title, Account facilitator, LocalDate startsOn) {
        return db.inTransaction(em -> Services.on(em, CLOCK).support().start(ADMIN,
                new SeriesDetails(title, ServiceLanguage.EN, facilitator.getId(), startsOn)));
    }

    private static List<CalendarEntry> entries(Account person, Locale locale, LocalDate from, LocalDate to) {
        return db.inTransaction(em -> Services.on(em, CLOCK).personalCalendar().entries(person.getId(), locale, from, to));
    }
}
