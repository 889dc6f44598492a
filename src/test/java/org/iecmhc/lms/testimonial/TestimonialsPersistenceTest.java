package org.iecmhc.lms.testimonial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.time.FiscalYears;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Comments given with consent to quote, gathered from Open-Door, Community of Support and consultation in one query
 * each; filtered by service, fiscal year and language; attributed by role, service and year and never by a name; and
 * featured on the impact page by an administrator until the answer's record is deleted.
 */
class TestimonialsPersistenceTest {

    private static final String ADMIN = "admin@quotes.example.org";
    private static final String CONSULTANT = "consultant@quotes.example.org";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T12:00:00Z"), ZoneOffset.UTC);

    private static TestDatabase db;
    private static long consultant;
    private static long center;
    private static long home;
    private static long openDoorEnglish;
    private static long openDoorWithoutConsent;
    private static long supportSpanish;
    private static long consultationOwnAnswer;

    @BeforeAll
    static void knownAnswers() throws SQLException {
        db = TestDatabase.migrated();
        long admin = insert("insert into account (email, first_name, last_name, password_hash, created_at)"
                + " values (?, 'Ada', 'Admin', 'x', ?)", ADMIN, LocalDateTime.of(2023, 1, 1, 0, 0));
        consultant = insert("insert into account (email, first_name, last_name, password_hash, created_at)"
                + " values (?, 'Cora', 'Consultant', 'x', ?)", CONSULTANT, LocalDateTime.of(2023, 1, 1, 0, 0));
        Sql.execute(db.dataSource(), "insert into account_role (account_id, role) values (" + admin + ", 'ADMINISTRATOR'), ("
                + consultant + ", 'CONSULTANT')");
        center = insert("insert into provider (name, kind, county_fips, contact_name) values"
                + " ('Sunny Days Center', 'CENTER_BASED', '06019', 'Marisol Contact')");
        home = insert("insert into provider (name, kind, county_fips, contact_name) values"
                + " ('Casa Lupita Home', 'FAMILY_CHILD_CARE_HOME', '06037', 'Lupita Owner')");

        long session2024 = openDoorSession(LocalDate.of(2024, 9, 10), "EN");
        openDoorEnglish = openDoorAttendance(session2024, center, "The drop-in gave us words for big feelings.", true);
        openDoorWithoutConsent = openDoorAttendance(session2024, home, "Please do not quote me.", false);
        long session2023 = openDoorSession(LocalDate.of(2023, 8, 1), "ES");
        openDoorAttendance(session2023, home, "Me ayudó a entender a los niños.", true);

        long series = insert("insert into support_series (title, language, facilitator_id, starts_on)"
                + " values ('Serie', 'ES', ?, ?)", consultant, LocalDate.of(2024, 10, 1));
        supportSpanish = supportEnrollment(series, center, "La serie fue muy valiosa.", true);
        supportEnrollment(series, home, null, true);

        consultationOwnAnswer = assignment(home, LocalDate.of(2024, 7, 15), LocalDate.of(2025, 3, 1),
                "Our classroom is calmer now.", "PARTICIPANT");
        insert("insert into survey_link (token_hash, survey_kind, record_id, email, language, created_at,"
                + " expires_at, answered_at) values (?, 'consultation', ?, 'home@example.org', 'ES', ?, ?, ?)",
                "a".repeat(64), consultationOwnAnswer, LocalDateTime.of(2025, 3, 1, 0, 0),
                LocalDateTime.of(2025, 3, 31, 0, 0), LocalDateTime.of(2025, 3, 2, 0, 0));
        assignment(center, LocalDate.of(2022, 1, 10), null, "Typed in by staff at closing.", "STAFF");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void everyCommentGivenWithConsentComesFromEveryServiceInOneQueryEachNewestFirst() {
        List<Testimonial> all = db.statements().count(() -> search(TestimonialFilter.everything())).result();
        assertEquals(List.of("Our classroom is calmer now.", "La serie fue muy valiosa.",
                "The drop-in gave us words for big feelings.", "Me ayudó a entender a los niños.",
                "Typed in by staff at closing."), all.stream().map(Testimonial::comment).toList(),
                "no comment without consent, no consent without a comment");
        db.statements().assertStatementsAtMost(3, () -> search(TestimonialFilter.everything()));

        Testimonial consultation = all.get(0);
        assertEquals(QuotedService.CONSULTATION, consultation.service());
        assertEquals(new FiscalYear(2024), consultation.year(), "the year it closed");
        assertEquals(ServiceLanguage.ES, consultation.language(), "the language its participant answered in");
        assertEquals(ProviderKind.FAMILY_CHILD_CARE_HOME, consultation.role());
        assertNull(all.get(4).language(), "typed by staff: no language recorded");
        assertEquals(new FiscalYear(2021), all.get(4).year(), "not closed: the year it started");
        assertEquals(ServiceLanguage.ES, all.get(1).language(), "the series' language");
        assertEquals(QuotedService.OPEN_DOOR, all.get(2).service());
    }

    @Test
    void theListFiltersByServiceFiscalYearAndLanguage() {
        assertEquals(List.of("La serie fue muy valiosa."), comments(new TestimonialFilter(QuotedService.SUPPORT, null, null)));
        assertEquals(List.of("Our classroom is calmer now.", "La serie fue muy valiosa.",
                "The drop-in gave us words for big feelings."), comments(new TestimonialFilter(null, new FiscalYear(2024), null)));
        assertEquals(List.of("Our classroom is calmer now.", "La serie fue muy valiosa.", "Me ayudó a entender a los niños."),
                comments(new TestimonialFilter(null, null, ServiceLanguage.ES)));
        assertEquals(List.of("The drop-in gave us words for big feelings."),
                comments(new TestimonialFilter(null, null, ServiceLanguage.EN)), "a comment without a language is no English");
        assertEquals(List.of(), comments(new TestimonialFilter(null, null, ServiceLanguage.OTHER)));
        assertEquals(List.of("Me ayudó a entender a los niños."),
                comments(new TestimonialFilter(QuotedService.OPEN_DOOR, new FiscalYear(2023), ServiceLanguage.ES)));
    }

    @Test
    void anExportAddressNamesItsFiltersAndAValueThatNamesNothingIsRefusedAtItsField() {
        TestimonialFilter filter = new TestimonialFilter(QuotedService.SUPPORT, new FiscalYear(2024), ServiceLanguage.ES);
        assertEquals("service=SUPPORT&year=2024-2025&language=ES", filter.query());
        assertEquals(filter, TestimonialFilter.of(name -> switch (name) {
            case "service" -> "SUPPORT";
            case "year" -> "2024-2025";
            default -> "ES";
        }));
        InputRejected refused = assertThrows(InputRejected.class,
                () -> TestimonialFilter.of(name -> "year".equals(name) ? "2024-2026" : null));
        assertEquals("year", refused.field());
    }

    @Test
    void noNameOfAProviderOrItsContactIsInTheListOrItsExport() {
        List<Testimonial> all = search(TestimonialFilter.everything());
        String csv = new String(TestimonialsCsv.of(all, Locale.ENGLISH), StandardCharsets.UTF_8)
                + new String(TestimonialsCsv.of(all, Locale.forLanguageTag("es")), StandardCharsets.UTF_8)
                + all;
        for (String name : List.of("Sunny Days", "Marisol", "Casa Lupita", "Lupita Owner")) {
            assertFalse(csv.contains(name), name + " is never shown");
        }
        assertTrue(csv.contains("Family child care home,Our classroom is calmer now.,No"), csv);
        assertTrue(csv.contains("Programa en centro,La serie fue muy valiosa.,No"), "in Spanish: " + csv);
    }

    @Test
    void anAdministratorFeaturesAQuoteForTheImpactPageOfItsYearAndTakesItOff() {
        feature(ADMIN, QuotedService.SUPPORT, supportSpanish, true);
        feature(ADMIN, QuotedService.SUPPORT, supportSpanish, true);
        assertEquals(List.of("La serie fue muy valiosa."), featured("2024-2025", "2024-2025"), "featured once");
        assertEquals(List.of(), featured("2023-2024", "2023-2024"), "another year's impact page");
        assertTrue(search(new TestimonialFilter(QuotedService.SUPPORT, null, null)).get(0).featured());

        feature(ADMIN, QuotedService.SUPPORT, supportSpanish, false);
        assertEquals(List.of(), featured("2021-2022", "2024-2025"));
    }

    @Test
    void onlyAnAdministratorFeaturesAndOnlyACommentGivenWithConsent() {
        InputRejected refused = assertThrows(InputRejected.class,
                () -> feature(CONSULTANT, QuotedService.OPEN_DOOR, openDoorEnglish, true));
        assertEquals("testimonial.administratorsOnly", refused.messageKey());
        refused = assertThrows(InputRejected.class,
                () -> feature(ADMIN, QuotedService.OPEN_DOOR, openDoorWithoutConsent, true));
        assertEquals("testimonial.notQuotable", refused.messageKey());
        refused = assertThrows(InputRejected.class, () -> feature(ADMIN, QuotedService.SUPPORT, openDoorEnglish + 999, true));
        assertEquals("testimonial.notQuotable", refused.messageKey());
        assertEquals(List.of(), featured("2021-2022", "2024-2025"));
    }

    @Test
    void aFeaturedQuoteGoesWithItsAnswerAndHidesWhileConsentIsWithdrawn() throws SQLException {
        long session = openDoorSession(LocalDate.of(2024, 11, 5), "EN");
        long attendance = openDoorAttendance(session, home, "Erase me later.", true);
        long series = insert("insert into support_series (title, language, facilitator_id, starts_on)"
                + " values ('Serie 2', 'EN', ?, ?)", consultant, LocalDate.of(2024, 11, 1));
        long enrollment = supportEnrollment(series, home, "Unenrol me later.", true);
        feature(ADMIN, QuotedService.OPEN_DOOR, attendance, true);
        feature(ADMIN, QuotedService.SUPPORT, enrollment, true);
        feature(ADMIN, QuotedService.CONSULTATION, consultationOwnAnswer, true);
        assertEquals(List.of("Our classroom is calmer now.", "Erase me later.", "Unenrol me later."),
                featured("2024-2025", "2024-2025"));

        Sql.execute(db.dataSource(), "update consultation_assignment set consent_to_quote = false where id = " + consultationOwnAnswer);
        assertEquals(List.of("Erase me later.", "Unenrol me later."), featured("2024-2025", "2024-2025"), "consent withdrawn");
        Sql.execute(db.dataSource(), "update consultation_assignment set consent_to_quote = true where id = " + consultationOwnAnswer);
        feature(ADMIN, QuotedService.CONSULTATION, consultationOwnAnswer, false);

        Viewer admin = new Viewer(ADMIN, true);
        db.inTransaction(em -> {
            Services.on(em, CLOCK).openDoor().removeAttendance(admin, attendance);
            return null;
        });
        db.inTransaction(em -> {
            Services.on(em, CLOCK).support().unenrol(admin, enrollment);
            return null;
        });
        assertEquals(List.of(), featured("2024-2025", "2024-2025"));
        assertEquals(List.of(List.of("0")), Sql.rows(db.dataSource(), "select count(*) from featured_quote"),
                "the features went with their answers' records");
    }

    private static List<String> comments(TestimonialFilter filter) {
        return search(filter).stream().map(Testimonial::comment).toList();
    }

    private static List<Testimonial> search(TestimonialFilter filter) {
        return in(testimonials -> testimonials.search(filter));
    }

    private static List<String> featured(String from, String to) {
        return in(testimonials -> testimonials.featured(FiscalYears.parse(from, to))).stream()
                .map(Testimonial::comment).toList();
    }

    private static void feature(String email, QuotedService service, long answerId, boolean featured) {
        in(testimonials -> {
            testimonials.feature(email, service, answerId, featured);
            return null;
        });
    }

    private static <T> T in(Function<Testimonials, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(Services.on(em, CLOCK).testimonials()));
    }

    private static long openDoorSession(LocalDate heldOn, String language) throws SQLException {
        return insert("insert into open_door_session (held_on, title, language, facilitator_id) values (?, 'Open door', ?, ?)",
                heldOn, language, consultant);
    }

    private static long openDoorAttendance(long session, long provider, String comment, boolean consent)
            throws SQLException {
        return insert("insert into open_door_attendance (session_id, provider_id, worthwhile, comments, consent_to_quote,"
                + " answered_by) values (?, ?, true, ?, ?, 'PARTICIPANT')", session, provider, comment, consent);
    }

    private static long supportEnrollment(long series, long provider, String comment, boolean consent)
            throws SQLException {
        return insert("insert into support_enrollment (series_id, provider_id, highly_valuable, comments,"
                + " consent_to_quote, answered_by) values (?, ?, true, ?, ?, 'STAFF')", series, provider, comment, consent);
    }

    private static long assignment(long provider, LocalDate startOn, LocalDate endOn, String comment,
                                   String answeredBy) throws SQLException {
        return insert("insert into consultation_assignment (consultant_id, provider_id, level, modality, start_on,"
                + " end_on, status, children_benefiting, staff_influenced, worthwhile, survey_comments, consent_to_quote,"
                + " answered_by) values (?, ?, 'CLASSROOM', 'ON_SITE', ?, ?, 'CLOSED', 3, 2, true, ?, true, ?)",
                consultant, provider, startOn, endOn, comment, answeredBy);
    }

    private static long insert(String sql, Object... values) throws SQLException {
        return Sql.insert(db.dataSource(), sql, values);
    }
}
