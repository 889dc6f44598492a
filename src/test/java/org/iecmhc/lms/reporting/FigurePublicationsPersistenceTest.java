package org.iecmhc.lms.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.time.FiscalYears;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An administrator publishes a range's figures as the impact page shows them (small cells marked, with a threshold
 * of 11 here), publishes it again, and unpublishes it; nobody else may. The dashboard meanwhile shows figures as
 * computed a few minutes before.
 */
class FigurePublicationsPersistenceTest {

    private static final String ADMIN = "admin@example.org";
    private static final String CONSULTANT = "consultant@example.org";
    private static final int THRESHOLD = 11;

    private static TestDatabase db;

    @BeforeAll
    static void knownRecords() throws SQLException {
        db = TestDatabase.migrated();
        long[] accounts = new long[2];
        KnownRecords.write(db.dataSource(), r -> {
            long consultant = r.account(CONSULTANT);
            accounts[0] = r.account(ADMIN);
            accounts[1] = consultant;
            long provider = r.provider("Fresno center", "06019");
            r.assignment(consultant, provider, LocalDate.of(2023, 7, 1), 12, 3, true);
            r.assignment(consultant, provider, LocalDate.of(2023, 9, 1), 8, 4, false);
            r.assignment(consultant, provider, LocalDate.of(2024, 9, 1), 2, 1, null);
        });
        Sql.execute(db.dataSource(), "insert into account_role (account_id, role) values (" + accounts[0] + ", 'ADMINISTRATOR'), ("
                + accounts[1] + ", 'CONSULTANT')");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void publishedFiguresAreTheReportsWithSmallCountsOfPeopleMarked() {
        FiscalYears year = FiscalYears.parse("2023-2024", "2023-2024");
        db.inTransaction(em -> publications(em).publish(ADMIN, year));

        ShownFigures published = db.inTransaction(em -> publications(em).find("2023-2024").orElseThrow().getFigures());
        ImpactFigures report = db.inTransaction(em -> Services.on(em, Clock.systemUTC()).impact().figures(year));
        assertEquals(String.valueOf(report.childrenBenefiting()), published.get(ImpactFigure.CHILDREN_BENEFITING), "12 + 8 children");
        assertEquals("20", published.get(ImpactFigure.CHILDREN_BENEFITING));
        assertEquals("<11", published.get(ImpactFigure.STAFF_INFLUENCED), "3 + 4 staff is a small count of people");
        assertEquals("2", published.get(ImpactFigure.CONSULTATION_ASSIGNMENTS), "records, never marked");
        assertEquals("50.0", published.get(ImpactFigure.CONSULTATION_WORTHWHILE));

        PublishedRange range = db.inTransaction(em -> publications(em).all()).get(0);
        assertEquals("2023-2024", range.slug());
        assertTrue(range.isOneYear());
        assertEquals("First Last", range.publishedBy());

        unpublish(ADMIN, "2023-2024");
        assertTrue(db.inTransaction(em -> publications(em).find("2023-2024")).isEmpty());
        assertThrows(ReportRejected.class, () -> unpublish(ADMIN, "2023-2024"), "no longer published");
    }

    @Test
    void publishingARangeAgainReplacesItsFiguresAtTheSameAddress() throws SQLException {
        FiscalYears range = FiscalYears.parse("2023-2024", "2024-2025");
        db.inTransaction(em -> publications(em).publish(ADMIN, range));
        assertEquals("22", db.inTransaction(em -> publications(em).find("2023-2024_2024-2025").orElseThrow().getFigures()
                .get(ImpactFigure.CHILDREN_BENEFITING)));

        Sql.execute(db.dataSource(), "update consultation_assignment set children_benefiting = 30 where start_on = '2024-09-01'");
        db.inTransaction(em -> publications(em).publish(ADMIN, range));
        List<PublishedRange> all = db.inTransaction(em -> publications(em).all());
        assertEquals(List.of("2023-2024_2024-2025"), all.stream().map(PublishedRange::slug).toList(), "still one page");
        assertEquals("50", db.inTransaction(em -> publications(em).find("2023-2024_2024-2025").orElseThrow().getFigures()
                .get(ImpactFigure.CHILDREN_BENEFITING)));
        unpublish(ADMIN, "2023-2024_2024-2025");
        Sql.execute(db.dataSource(), "update consultation_assignment set children_benefiting = 2 where start_on = '2024-09-01'");
    }

    /**
     * The dashboard shows a range's figures as computed for five minutes, each language computed on its own, while
     * publishing reads them fresh; a refresh, or the first request after five minutes, computes them again.
     */
    @Test
    void theDashboardShowsFiguresAsComputedForFiveMinutesWhilePublishingReadsThemFresh() throws SQLException {
        FiscalYears range = FiscalYears.parse("2023-2024", "2024-2025");
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T21:58:00Z"));
        EntityManager em = db.entityManagerFactory().createEntityManager();
        try {
            Services services = Services.on(em, clock);
            services.reportTables().smallCellThreshold = THRESHOLD;
            ImpactDashboards dashboards = services.impactDashboards();
            ImpactDashboard english = dashboards.of(range, Locale.ENGLISH);
            assertEquals("22", children(english));
            assertEquals("22", english.getCards().get(0).value(), "the children card");
            assertEquals(LocalDateTime.of(2026, 12, 7, 21, 58), english.computedAt());

            Sql.execute(db.dataSource(), "update consultation_assignment set children_benefiting = 30 where start_on = '2024-09-01'");
            clock.advance(ImpactDashboards.FRESH_FOR.minusSeconds(1));
            assertSame(english, dashboards.of(range, Locale.ENGLISH), "the figures as computed, for five minutes");
            ImpactDashboard spanish = dashboards.of(range, Locale.forLanguageTag("es"));
            assertEquals("50", children(spanish), "each language computed on its own");
            assertEquals("Panel de impacto", spanish.figuresTable().title());
            db.inTransaction(e -> publications(e).publish(ADMIN, range));
            assertEquals("50", db.inTransaction(e -> publications(e).find("2023-2024_2024-2025").orElseThrow().getFigures()
                    .get(ImpactFigure.CHILDREN_BENEFITING)), "published as they are now");

            ImpactDashboard refreshed = dashboards.refreshed(range, Locale.ENGLISH);
            assertEquals("50", children(refreshed));
            assertEquals(LocalDateTime.of(2026, 12, 7, 22, 2, 59), refreshed.computedAt());
            assertSame(refreshed, dashboards.of(range, Locale.ENGLISH), "the refreshed figures replace the earlier ones");

            Sql.execute(db.dataSource(), "update consultation_assignment set children_benefiting = 2 where start_on = '2024-09-01'");
            clock.advance(ImpactDashboards.FRESH_FOR);
            assertEquals("22", children(dashboards.of(range, Locale.ENGLISH)), "computed again after five minutes");
            unpublish(ADMIN, "2023-2024_2024-2025");
        } finally {
            em.close();
            Sql.execute(db.dataSource(), "update consultation_assignment set children_benefiting = 2 where start_on = '2024-09-01'");
        }
    }

    /** The range's children benefiting, as the figures table shows them. */
    private static String children(ImpactDashboard dashboard) {
        List<String> row = dashboard.figuresTable().rows().get(ImpactFigure.CHILDREN_BENEFITING.ordinal());
        return row.get(row.size() - 1);
    }

    @Test
    void onlyAnAdministratorPublishesOrUnpublishes() {
        FiscalYears year = FiscalYears.parse("2024-2025", "2024-2025");
        ReportRejected refused = assertThrows(ReportRejected.class, () -> db.inTransaction(em -> publications(em).publish(CONSULTANT, year)));
        assertEquals("numbers.administratorsOnly", refused.messageKey());
        assertTrue(db.inTransaction(em -> publications(em).find("2024-2025")).isEmpty());

        db.inTransaction(em -> publications(em).publish(ADMIN, year));
        assertThrows(ReportRejected.class, () -> unpublish(CONSULTANT, "2024-2025"));
        assertTrue(db.inTransaction(em -> publications(em).find("2024-2025")).isPresent());
        unpublish(ADMIN, "2024-2025");
    }

    private static void unpublish(String email, String slug) {
        db.inTransaction(em -> {
            publications(em).unpublish(email, slug);
            return null;
        });
    }

    private static FigurePublications publications(EntityManager em) {
        Services services = Services.on(em, Clock.systemUTC());
        services.reportTables().smallCellThreshold = THRESHOLD;
        return services.figurePublications();
    }
}
