package org.iecmhc.lms.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditSource;
import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.time.FiscalYears;
import org.iecmhc.lms.testsupport.EmbeddedH2;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every impact figure and both demographic tables over known records, with records on both sides of the July 1
 * boundary (a call at 11:30 p.m. Pacific on June 30 is already July 1 in UTC) and a range with no record at all.
 */
class ReportsPersistenceTest {

    private static final String FRESNO = "06019";
    private static final String LOS_ANGELES = "06037";
    private static final String ALAMEDA = "06001";

    /** Every fiscal year from the first reported through the one after the last record. */
    private static final FiscalYears SIX_YEARS = FiscalYears.parse("2021-2022", "2026-2027");

    private static TestDatabase db;
    private static long firstCohort;
    private static long secondCohort;

    @BeforeAll
    static void knownRecords() {
        db = TestDatabase.migrated();
        KnownRecords.write(db.dataSource(), r -> {
            List<Long> cohorts = everyRecord(r);
            firstCohort = cohorts.get(0);
            secondCohort = cohorts.get(1);
        });
    }

    /** The records of every service and of two cohorts, whose ids it returns. */
    private static List<Long> everyRecord(KnownRecords r) throws SQLException {
        long consultant = r.account("consultant@example.org");
        long fresno = r.provider("Fresno center", FRESNO);
        long losAngeles = r.provider("Los Angeles center", LOS_ANGELES);
        long alameda = r.provider("Alameda center", ALAMEDA);

        r.call(LocalDateTime.of(2023, 6, 30, 23, 59), 100, null, LOS_ANGELES, false);
        r.call(LocalDateTime.of(2023, 7, 1, 0, 0), 5, null, LOS_ANGELES, false);
        r.call(LocalDateTime.of(2024, 1, 15, 10, 0), 45, "ana", ALAMEDA, true);
        r.call(LocalDateTime.of(2024, 2, 1, 9, 0), 20, "maria", FRESNO, false);
        r.call(LocalDateTime.of(2024, 6, 30, 23, 30), 12, "maria", FRESNO, true);
        r.call(LocalDateTime.of(2024, 7, 1, 0, 10), 30, "maria", FRESNO, false);

        r.assignment(consultant, fresno, LocalDate.of(2023, 7, 1), 10, 3, true);
        r.assignment(consultant, fresno, LocalDate.of(2023, 9, 1), 0, 4, true);
        r.assignment(consultant, losAngeles, LocalDate.of(2024, 6, 30), 5, 2, false);
        r.assignment(consultant, alameda, LocalDate.of(2024, 7, 1), 7, 1, true, "STAFF");

        long english = r.series(consultant, "EN", LocalDate.of(2023, 8, 1));
        r.supportEnrollment(english, fresno, true);
        r.supportEnrollment(english, losAngeles, false);
        r.supportEnrollment(english, alameda, null);
        long spanish = r.series(consultant, "ES", LocalDate.of(2024, 6, 30));
        r.supportEnrollment(spanish, fresno, true);
        r.supportEnrollment(spanish, losAngeles, false, "STAFF");
        long laterSpanish = r.series(consultant, "ES", LocalDate.of(2024, 7, 1));
        r.supportEnrollment(laterSpanish, losAngeles, true);
        long practice = r.providerPractice(consultant, "EN", LocalDate.of(2023, 10, 4));
        r.supportEnrollment(practice, alameda, true);
        r.supportEnrollment(practice, fresno, false, "STAFF");

        long june = r.openDoorSession(consultant, LocalDate.of(2023, 6, 30));
        r.openDoorAttendance(june, alameda, true);
        long july = r.openDoorSession(consultant, LocalDate.of(2023, 7, 1));
        r.openDoorAttendance(july, fresno, true);
        r.openDoorAttendance(july, losAngeles, false);
        long march = r.openDoorSession(consultant, LocalDate.of(2024, 3, 1));
        r.openDoorAttendance(march, fresno, true);
        r.openDoorAttendance(march, losAngeles, false, "STAFF");

        // 11:30 p.m. Pacific on June 30 is July 1 in UTC, yet the webinar belongs to 2022-2023.
        long lateJune = r.webinar(consultant, LocalDateTime.of(2023, 6, 30, 23, 30));
        r.webinarAttendance(lateJune, r.webinarRegistration(lateJune, "CONFIRMED"), true);
        long julyWebinar = r.webinar(consultant, LocalDateTime.of(2023, 7, 1, 0, 30));
        r.webinarAttendance(julyWebinar, r.webinarRegistration(julyWebinar, "CONFIRMED"), true);
        r.webinarAttendance(julyWebinar, r.webinarRegistration(julyWebinar, "WAITING"), false);
        r.webinarRegistration(julyWebinar, "CANCELLED");
        r.webinarRegistration(julyWebinar, "AWAITING_CONFIRMATION");
        long marchWebinar = r.webinar(consultant, LocalDateTime.of(2024, 3, 1, 18, 0));
        r.webinarAttendance(marchWebinar, r.webinarRegistration(marchWebinar, "CONFIRMED"), true, "STAFF");
        r.webinarAttendance(marchWebinar, r.webinarRegistration(marchWebinar, "CONFIRMED"), null);
        r.webinarRegistration(marchWebinar, "CONFIRMED");

        long completes = r.account("completes@example.org");
        long withdraws = r.account("withdraws@example.org");
        long applies = r.account("applies@example.org");
        long silent = r.account("silent@example.org");
        long first = r.cohort("2023-2024", LocalDate.of(2023, 9, 1));
        long second = r.cohort("2024-2025", LocalDate.of(2024, 9, 1));
        r.enrollment(first, completes, "COMPLETED", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30));
        r.enrollment(first, withdraws, "WITHDRAWN", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 15), null);
        r.enrollment(first, applies, "APPLIED", LocalDate.of(2023, 8, 1), null, null);
        r.enrollment(first, silent, "COMPLETED", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 20), LocalDate.of(2024, 7, 1));
        r.enrollment(second, completes, "ENROLLED", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1), null);
        r.profile(completes, "HISPANIC_LATINO", "BILINGUAL_SPANISH");
        r.profile(withdraws, "DECLINED", "ENGLISH_ONLY");
        r.profile(applies, "ASIAN", "ENGLISH_ONLY");
        return List.of(first, second);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void oneFiscalYearCountsTheRecordsFromJulyFirstThroughJuneThirtieth() {
        ImpactFigures figures = impact("2023-2024", "2023-2024");
        // Calls of 5 (anonymous), 45 (ana), 20 and 12 minutes (maria): the 11:30 p.m. call of June 30 is in.
        assertEquals(4, figures.helplineCalls());
        assertEquals(3, figures.helplineUniqueInquiries(), "maria, ana and one anonymous call");
        assertEquals(5, figures.helplineMinDurationMinutes());
        assertEquals(45, figures.helplineMaxDurationMinutes());
        assertEquals(50.0, figures.helplineConsultationRecommendedPercent());
        assertEquals(3, figures.consultationAssignments());
        assertEquals(15, figures.childrenBenefiting());
        assertEquals(9, figures.staffInfluenced());
        assertEquals(66.7, figures.consultationWorthwhilePercent(), "two of three answers");
        assertEquals(3, figures.consultationAnswers());
        assertEquals(Map.of("en", 1L, "es", 1L, "other", 0L), figures.supportSeriesOffered());
        assertEquals(3, figures.supportSeriesUniqueParticipants());
        assertEquals(3, figures.supportSeriesCounties());
        assertEquals(66.7, figures.supportSeriesHighlyValuablePercent(),
                "yes, no and yes; one did not answer, and staff's no for Los Angeles does not count");
        assertEquals(3, figures.supportSeriesAnswers());
        assertEquals(2, figures.openDoorUniqueProviders(), "Fresno twice and Los Angeles; Alameda came on June 30, 2023");
        assertEquals(2, figures.openDoorCounties());
        assertEquals(66.7, figures.openDoorWorthwhilePercent(), "two of three ratings; staff's no for Los Angeles does not count");
        assertEquals(3, figures.openDoorAnswers());
        assertEquals(3, figures.ctpParticipants(), "the applicant was never enrolled");
        assertEquals(1, figures.ctpCompleted(), "the other completion is dated July 1, 2024");
    }

    @Test
    void providersCommunitiesOfPracticeAreCountedApartFromCommunitiesOfSupport() {
        ImpactFigures figures = impact("2023-2024", "2023-2024");
        assertEquals(1, figures.providerPracticeSeriesOffered());
        assertEquals(2, figures.providerPracticeUniqueParticipants(), "Alameda and Fresno");
        assertEquals(2, figures.providerPracticeCounties());
        assertEquals(100.0, figures.providerPracticeHighlyValuablePercent(), "Alameda's yes; staff's no for Fresno does not count");
        assertEquals(1, figures.providerPracticeAnswers());
        assertEquals(Map.of("en", 1L, "es", 1L, "other", 0L), figures.supportSeriesOffered(), "not a Community of Support");
        assertEquals(3, figures.supportSeriesAnswers(), "its answers are not the Communities of Support's");
        assertEquals(0, impact("2024-2025", "2024-2025").providerPracticeSeriesOffered());
    }

    @Test
    void webinarsCountTheirRegistrantsAttendeesAndTheAttendeesOwnAnswersInTheYearOfTheirPacificStart() {
        ImpactFigures figures = impact("2023-2024", "2023-2024");
        assertEquals(2, figures.webinars(), "July and March; the late-June one is 2022-2023's");
        assertEquals(5, figures.webinarRegistrants(), "seats and the waiting list, not the cancelled or unconfirmed");
        assertEquals(4, figures.webinarAttendees());
        assertEquals(50.0, figures.webinarWorthwhilePercent(),
                "a yes and a no; staff's yes and the attendee who did not answer do not count");
        assertEquals(2, figures.webinarAnswers());

        ImpactFigures earlier = impact("2022-2023", "2022-2023");
        assertEquals(List.of(1L, 1L, 1L, 1L), List.of(earlier.webinars(), earlier.webinarRegistrants(),
                earlier.webinarAttendees(), earlier.webinarAnswers()));
        assertEquals(100.0, earlier.webinarWorthwhilePercent());
        ImpactFigures both = impact("2022-2023", "2023-2024");
        assertEquals(3, both.webinars());
        assertEquals(66.7, both.webinarWorthwhilePercent(), "two yes of three answers");
        assertEquals(3, both.webinarAnswers());
        assertEquals(null, impact("2024-2025", "2024-2025").webinarWorthwhilePercent(), "nobody answered");
    }

    @Test
    void theNextFiscalYearStartsAtMidnightPacificTimeOnJulyFirst() {
        ImpactFigures figures = impact("2024-2025", "2024-2025");
        assertEquals(1, figures.helplineCalls());
        assertEquals(1, figures.helplineUniqueInquiries());
        assertEquals(30, figures.helplineMinDurationMinutes());
        assertEquals(30, figures.helplineMaxDurationMinutes());
        assertEquals(0.0, figures.helplineConsultationRecommendedPercent());
        assertEquals(1, figures.consultationAssignments());
        assertEquals(7, figures.childrenBenefiting());
        assertEquals(1, figures.staffInfluenced());
        assertEquals(null, figures.consultationWorthwhilePercent(), "only staff answered");
        assertEquals(0, figures.consultationAnswers());
        assertEquals(Map.of("en", 0L, "es", 1L, "other", 0L), figures.supportSeriesOffered());
        assertEquals(1, figures.supportSeriesUniqueParticipants());
        assertEquals(1, figures.supportSeriesCounties());
        assertEquals(100.0, figures.supportSeriesHighlyValuablePercent());
        assertEquals(1, figures.supportSeriesAnswers());
        assertEquals(0, figures.openDoorUniqueProviders());
        assertEquals(0, figures.openDoorCounties());
        assertEquals(null, figures.openDoorWorthwhilePercent());
        assertEquals(0, figures.openDoorAnswers());
        assertEquals(1, figures.ctpParticipants());
        assertEquals(1, figures.ctpCompleted());
    }

    @Test
    void aRangeOfYearsCountsEachPersonOnce() {
        ImpactFigures figures = impact("2022-2023", "2024-2025");
        assertEquals(6, figures.helplineCalls());
        assertEquals(4, figures.helplineUniqueInquiries(), "maria, ana and two anonymous calls");
        assertEquals(5, figures.helplineMinDurationMinutes());
        assertEquals(100, figures.helplineMaxDurationMinutes());
        assertEquals(33.3, figures.helplineConsultationRecommendedPercent());
        assertEquals(4, figures.consultationAssignments());
        assertEquals(22, figures.childrenBenefiting());
        assertEquals(10, figures.staffInfluenced());
        assertEquals(66.7, figures.consultationWorthwhilePercent());
        assertEquals(3, figures.consultationAnswers());
        assertEquals(Map.of("en", 1L, "es", 2L, "other", 0L), figures.supportSeriesOffered());
        assertEquals(3, figures.supportSeriesUniqueParticipants());
        assertEquals(3, figures.supportSeriesCounties());
        assertEquals(75.0, figures.supportSeriesHighlyValuablePercent());
        assertEquals(4, figures.supportSeriesAnswers());
        assertEquals(3, figures.openDoorUniqueProviders());
        assertEquals(3, figures.openDoorCounties());
        assertEquals(75.0, figures.openDoorWorthwhilePercent());
        assertEquals(4, figures.openDoorAnswers());
        assertEquals(3, figures.ctpParticipants(), "enrolled in two cohorts, counted once");
        assertEquals(2, figures.ctpCompleted());
    }

    @Test
    void aRangeWithoutRecordsHasZeroesAndNoPercents() {
        ImpactFigures figures = impact("2030-2031", "2031-2032");
        assertEquals(new ImpactFigures(0, 0, null, null, null, 0, 0, 0, null, 0, Map.of("en", 0L, "es", 0L, "other", 0L),
                0, 0, null, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, null, 0), figures);
    }

    @Test
    void eachYearOfTheRangeHasItsOwnFigures() {
        Map<FiscalYear, ImpactFigures> byYear = read(em -> report(em)
                .withEachYear(FiscalYears.parse("2022-2023", "2024-2025"))).byYear();
        assertEquals(List.of(new FiscalYear(2022), new FiscalYear(2023), new FiscalYear(2024)), List.copyOf(byYear.keySet()));
        assertEquals(List.of(1L, 4L, 1L), byYear.values().stream().map(ImpactFigures::helplineCalls).toList());
    }

    /**
     * Read together, each year and the whole range answer what each answers read alone (the tests above work those
     * out by hand), and the whole range is not the sum of its years: people are counted once over the range.
     */
    @Test
    void theYearsAndTheRangeReadTogetherAnswerWhatEachAnswersAlone() {
        RangeFigures together = read(em -> report(em).withEachYear(SIX_YEARS));
        Map<FiscalYear, ImpactFigures> alone = new LinkedHashMap<>();
        SIX_YEARS.years().forEach(year -> alone.put(year, read(em -> report(em).figures(new FiscalYears(year, year)))));
        assertEquals(alone, together.byYear());
        assertEquals(read(em -> report(em).figures(SIX_YEARS)), together.whole());
        assertEquals(List.of(0L, 1L, 4L, 1L, 0L, 0L),
                together.byYear().values().stream().map(ImpactFigures::helplineCalls).toList());
        assertEquals(List.of(0L, 1L, 3L, 1L, 0L, 0L),
                together.byYear().values().stream().map(ImpactFigures::helplineUniqueInquiries).toList());
        assertEquals(4, together.whole().helplineUniqueInquiries(), "maria calls in two years and counts once");
        assertEquals(3, together.whole().ctpParticipants(), "the trainee enrolled in two years counts once");
    }

    /**
     * The dashboard read the figures of the range and of each of its years with three statements apiece, 21 for six
     * years, and the map's reach with six. Now every range's figures are two statements (the helpline's tallies and
     * the other services, a part per range) and the reach two (the helpline's and the other services'), for one year
     * as for six.
     */
    @Test
    void theFiguresAndReachOfSixYearsCostTheStatementsOfOneYear() {
        FiscalYears oneYear = FiscalYears.parse("2023-2024", "2023-2024");
        dashboard(oneYear);
        long one = db.statements().count(() -> dashboard(oneYear)).statements();
        long six = db.statements().count(() -> dashboard(SIX_YEARS)).statements();
        System.out.printf("Impact dashboard (figures of the range and each year, reach by county): %d SQL statements"
                + " for one year, %d for six%n", one, six);
        assertEquals(4, one, "statements for one year");
        assertEquals(4, six, "statements for six years");
    }

    /** The dashboard's figures and reach as the page reads them, each service call in a persistence context of its own. */
    private static RangeFigures dashboard(FiscalYears years) {
        read(em -> report(em).reachByCounty(years));
        return read(em -> report(em).withEachYear(years));
    }

    /** The dashboard's unions on H2 in MySQL mode, the default embedded database: the same records, the same answers. */
    @Test
    void theDashboardAnswersTheSameOnH2() {
        DataSource h2 = EmbeddedH2.migrated("reports");
        KnownRecords.write(h2, ReportsPersistenceTest::everyRecord);
        EntityManagerFactory factory = EmbeddedH2.entityManagerFactory(h2);
        try {
            Clock clock = Clock.systemUTC();
            RangeFigures onH2 = Services.inTransaction(factory, clock, s -> s.impact().withEachYear(SIX_YEARS));
            assertEquals(read(em -> report(em).withEachYear(SIX_YEARS)), onH2);
            List<CountyReach> reachOnH2 = Services.inTransaction(factory, clock, s -> s.impact().reachByCounty(SIX_YEARS));
            assertEquals(Set.copyOf(read(em -> report(em).reachByCounty(SIX_YEARS))), Set.copyOf(reachOnH2));
            assertEquals(3, reachOnH2.size(), "Fresno, Los Angeles and Alameda");
        } finally {
            factory.close();
        }
    }

    /**
     * Alameda and Fresno are each in the English Community of Support and in the providers' Community of Practice;
     * the four webinar attendees of 2023-2024 registered from Fresno.
     */
    @Test
    void reachByCountyCountsEachServiceInTheCountyOfItsRecordAndProvidersCopsApart() {
        List<CountyReach> reach = read(em -> report(em).reachByCounty(FiscalYears.parse("2023-2024", "2023-2024")));
        Map<String, CountyReach> byFips = new LinkedHashMap<>();
        reach.forEach(r -> byFips.put(r.fips(), r));
        assertEquals(new CountyReach(FRESNO, 2, 1, 1, 2, 1, 4), byFips.get(FRESNO));
        assertEquals(new CountyReach(LOS_ANGELES, 1, 1, 1, 1, 0, 0), byFips.get(LOS_ANGELES));
        assertEquals(new CountyReach(ALAMEDA, 1, 0, 1, 0, 1, 0), byFips.get(ALAMEDA));
        assertEquals(3, byFips.get(ALAMEDA).total(), "the map shades by every service, the providers' CoP included");
        assertEquals(3, reach.size());
        CountyReach later = read(em -> report(em).reachByCounty(FiscalYears.parse("2024-2025", "2024-2025"))).stream()
                .filter(r -> r.fips().equals(LOS_ANGELES)).findFirst().orElseThrow();
        assertEquals(new CountyReach(LOS_ANGELES, 0, 0, 1, 0, 0, 0), later, "the later Spanish series only");
    }

    @Test
    void oneCohortsTablesCountItsEnrolledTraineesByAnswer() {
        Demographics first = read(em -> services(em).demographics().cohort(firstCohort));
        assertEquals(race(Map.of("HISPANIC_LATINO", 1L, "DECLINED", 1L, Demographics.NOT_ANSWERED, 1L)), first.raceEthnicity());
        assertEquals(language(Map.of("BILINGUAL_SPANISH", 1L, "ENGLISH_ONLY", 1L, Demographics.NOT_ANSWERED, 1L)), first.language());
        Demographics second = read(em -> services(em).demographics().cohort(secondCohort));
        assertEquals(race(Map.of("HISPANIC_LATINO", 1L)), second.raceEthnicity());
        assertEquals(language(Map.of("BILINGUAL_SPANISH", 1L)), second.language());
    }

    @Test
    void allCohortsCountATraineeOfTwoCohortsOnce() {
        Demographics all = read(em -> services(em).demographics().allCohorts());
        assertEquals(race(Map.of("HISPANIC_LATINO", 1L, "DECLINED", 1L, Demographics.NOT_ANSWERED, 1L)), all.raceEthnicity());
        assertEquals(language(Map.of("BILINGUAL_SPANISH", 1L, "ENGLISH_ONLY", 1L, Demographics.NOT_ANSWERED, 1L)), all.language());
    }

    @Test
    void completionCountsEachCohortsEnrolledWithdrawnAndCompleted() {
        List<CohortCompletion> cohorts = read(em -> new CompletionReport(em, List.<CreditSource>of()).cohorts());
        assertEquals(List.of(secondCohort, firstCohort), cohorts.stream().map(CohortCompletion::cohortId).toList(), "newest first");
        CohortCompletion first = cohorts.get(1);
        assertEquals(List.of(3L, 1L, 2L), List.of(first.enrolled(), first.withdrawn(), first.completed()), "the applicant is not enrolled");
        assertEquals(66.7, first.getCompletionRate());
        assertEquals(0.0, first.median(CreditKind.SUPERVISION_MINUTES), "no credit source yet");
        assertEquals(List.of(1L, 0L, 0L), List.of(cohorts.get(0).enrolled(), cohorts.get(0).withdrawn(), cohorts.get(0).completed()));
    }

    @Test
    void completionMediansComeFromEveryCreditSourceForTheTraineesWhoStayed() {
        CreditSource supervision = cohortId -> cohortId != firstCohort ? List.of() : List.of(
                new Credit(traineeId("completes@example.org"), CreditKind.SUPERVISION_MINUTES, 90, CreditState.EARNED, LocalDate.of(2024, 1, 5)),
                new Credit(traineeId("silent@example.org"), CreditKind.SUPERVISION_MINUTES, 30, CreditState.EARNED, LocalDate.of(2024, 1, 5)),
                new Credit(traineeId("withdraws@example.org"), CreditKind.SUPERVISION_MINUTES, 600, CreditState.EARNED, LocalDate.of(2023, 9, 5)));
        CohortCompletion first = read(em -> new CompletionReport(em, List.of(supervision)).cohorts()).get(1);
        assertEquals(1.0, first.median(CreditKind.SUPERVISION_MINUTES), "1.5 and 0.5 hours; the withdrawn trainee is left out");
    }

    private static long traineeId(String email) {
        return read(em -> ((Number) em.createNativeQuery("select id from account where email = ?").setParameter(1, email)
                .getSingleResult()).longValue());
    }

    @Test
    void aCohortThatDoesNotExistIsRefused() {
        ReportRejected rejected = assertThrows(ReportRejected.class, () -> read(em -> services(em).demographics().cohort(999_999)));
        assertEquals("reports.cohort.unknown", rejected.messageKey());
    }

    private static Map<String, Long> race(Map<String, Long> nonZero) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (String code : List.of("NATIVE_AMERICAN_ALASKAN", "AFRICAN_AMERICAN", "ASIAN", "HISPANIC_LATINO", "MIXED_HERITAGE",
                "PACIFIC_ISLANDER", "CAUCASIAN", "OTHER", "DECLINED", Demographics.NOT_ANSWERED)) {
            all.put(code, nonZero.getOrDefault(code, 0L));
        }
        return all;
    }

    private static Map<String, Long> language(Map<String, Long> nonZero) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (String code : List.of("ENGLISH_ONLY", "BILINGUAL_SPANISH", "MULTILINGUAL_OTHER", "DECLINED", Demographics.NOT_ANSWERED)) {
            all.put(code, nonZero.getOrDefault(code, 0L));
        }
        return all;
    }

    private static ImpactFigures impact(String from, String to) {
        return read(em -> report(em).figures(FiscalYears.parse(from, to)));
    }

    private static ImpactReport report(EntityManager em) {
        return services(em).impact();
    }

    /** The reports read what is stored, whatever the time. */
    private static Services services(EntityManager em) {
        return Services.on(em, Clock.systemUTC());
    }

    private static <T> T read(java.util.function.Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }
}
