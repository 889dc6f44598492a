package org.iecmhc.lms.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.imports.ImportProblem;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.FiscalYear;
import org.iecmhc.lms.platform.time.FiscalYears;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.reporting.ImpactFigures;
import org.iecmhc.lms.survey.Respondent;
import org.iecmhc.lms.survey.SurveyAnswer;
import org.iecmhc.lms.testimonial.QuotedService;
import org.iecmhc.lms.testimonial.Testimonial;
import org.iecmhc.lms.testimonial.TestimonialFilter;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Importing past Community of Support series with everything they hold against MariaDB: all lines or none. */
class SupportHistoryPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T20:00:00Z"), ZoneOffset.UTC);
    private static final Viewer ADMIN = new Viewer("admin@example.org", true);
    private static final String HEADER = String.join(",", SupportHistoryReader.COLUMNS) + "\n";
    private static final String CUIDANDO = "Cuidando a quien cuida,es,Rosa@Example.org,2021-10-06;2021-09-01;2021-11-03,"
            + "17:00,60,";
    private static TestDatabase db;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails("rosa@example.org",
                "Rosa", "Consultora", Language.ES, EnumSet.of(Role.CONSULTANT)), "long enough password", false));
        provider("Casita Feliz", "LIC-100", "06037");
        provider("Sunshine Center", null, "06073");
        provider("Twin Name", null, "06001");
        provider("Twin Name", null, "06001");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aGoodFileStoresSeriesSessionsEnrollmentsAttendanceAndAnswersAsImported() {
        String csv = HEADER
                + CUIDANDO + "lic-100,2021-09-01;2021-11-03,yes,\"Muy útil, gracias\",yes\n"
                + CUIDANDO + "Sunshine  center,2021-10-06,no,,\n"
                + "Toddlers together,en,rosa@example.org,2022-02-02,,,,,,,\n";
        ImportResult<SupportHistoryLine> result = history(h -> h.importCsv(csv));
        assertTrue(result.isClean(), () -> messages(result).toString());
        assertEquals(3, result.records().size());

        SupportSeries cuidando = db.inTransaction(em -> em.createQuery("select s from SupportSeries s"
                + " where s.title = 'Cuidando a quien cuida'", SupportSeries.class).getSingleResult());
        assertEquals(LocalDate.of(2021, 9, 1), cuidando.getStartsOn(), "the first session starts the series");
        assertEquals(ServiceLanguage.ES, cuidando.getLanguage());
        assertEquals(SeriesKind.COMMUNITY_OF_SUPPORT, cuidando.getKind());
        List<SupportSession> sessions = support(c -> c.sessions(ADMIN, cuidando.getId()));
        assertEquals(List.of(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 6), LocalDate.of(2021, 11, 3)),
                sessions.stream().map(s -> s.getSlot().meetingTime().date()).toList());
        assertEquals(LocalTime.of(17, 0), sessions.get(0).getSlot().meetingTime().start(), "in California time");
        assertEquals(60, sessions.get(0).getSlot().getMinutes());

        List<SupportEnrollment> enrolled = support(c -> c.enrollments(ADMIN, cuidando.getId()));
        assertEquals(List.of("Casita Feliz", "Sunshine Center"), enrolled.stream().map(e -> e.getProvider().getName()).toList());
        assertEquals(Boolean.TRUE, enrolled.get(0).getSurvey().rating());
        assertEquals("Muy útil, gracias", enrolled.get(0).getSurvey().comments());
        assertTrue(enrolled.get(0).getSurvey().consentToQuote());
        assertFalse(enrolled.get(0).getSurvey().quotable(), "staff choose what is quoted");
        assertEquals(Respondent.IMPORTED, enrolled.get(0).getSurvey().answeredBy());
        assertEquals(Boolean.FALSE, enrolled.get(1).getSurvey().rating());
        assertEquals(Respondent.IMPORTED, enrolled.get(1).getSurvey().answeredBy());
        assertEquals(Map.of("Casita Feliz", 2L, "Sunshine Center", 1L), db.inTransaction(em -> em.createQuery(
                "select a.enrollment.provider.name, count(a) from SupportAttendance a where a.session.series.id = :s"
                        + " group by a.enrollment.provider.name", Object[].class).setParameter("s", cuidando.getId())
                .getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]))));
        assertEquals(1L, count("select count(s) from SupportSeries s where s.title = 'Toddlers together'"));
        assertEquals(4L, count("select count(s) from SupportSession s where s.slot.startsAt < {ts '2022-07-01 00:00:00'}"),
                "a series nobody is listed in keeps its session");
        assertEquals(0L, count("select count(l) from SurveyLink l"), "history mails no survey link");

        FiscalYear year = FiscalYear.of(LocalDate.of(2021, 9, 1));
        ImpactFigures figures = db.inTransaction(em -> Services.on(em, CLOCK).impact().figures(new FiscalYears(year, year)));
        assertEquals(1L, figures.supportSeriesOffered().get("es"));
        assertEquals(1L, figures.supportSeriesOffered().get("en"));
        assertEquals(2L, figures.supportSeriesUniqueParticipants());
        assertEquals(2L, figures.supportSeriesCounties());
        assertEquals(2L, figures.supportSeriesAnswers(), "the answers of the time are the participants' own");
        assertEquals(50.0, figures.supportSeriesHighlyValuablePercent());
        assertEquals(List.of("Muy útil, gracias"), db.inTransaction(em -> Services.on(em, CLOCK).testimonials()
                .search(new TestimonialFilter(QuotedService.SUPPORT, year, null))).stream()
                .map(Testimonial::comment).toList(), "consent to quote as the file says");

        SupportEnrollment casita = enrolled.get(0);
        assertEquals("surveyAnswer.importedOwn", assertThrows(InputRejected.class, () -> support(c ->
                c.answerSurvey(ADMIN, casita.getId(), casita.getVersion(),
                        new SurveyAnswer(false, "Muy útil, gracias", true, false)))).messageKey());
        SurveyAnswer quoted = support(c -> c.answerSurvey(ADMIN, casita.getId(), casita.getVersion(),
                new SurveyAnswer(true, "Muy útil, gracias", true, true))).getSurvey();
        assertTrue(quoted.quotable(), "staff may still choose to quote it");
        assertEquals(Respondent.IMPORTED, quoted.answeredBy(), "still the imported answer");

        ImportResult<SupportHistoryLine> again = history(h -> h.importCsv(csv));
        assertEquals(List.of(2, 3, 4), again.problems().stream().map(ImportProblem::line).toList(),
                "a file brought twice is refused whole, not doubled");
        assertEquals(2L, count("select count(s) from SupportSeries s where s.startsOn < {d '2022-07-01'}"));
    }

    @Test
    void aFileWithSeveralBadLinesStoresNothingAndListsEachLine() {
        String series = "Good series,en,rosa@example.org,2020-09-02;2020-10-07,,,";
        String csv = HEADER
                + series + "Casita Feliz,2020-09-02,yes,,\n"
                + series + "LIC-100,,,,\n"
                + "Good series,en,rosa@example.org,2020-09-02;2020-10-07,19:00,,Sunshine Center,,,,\n"
                + series + "Sunshine Center,2020-11-04,,,\n"
                + ",fr,nobody@example.org,2020-13-01;2030-01-01,25:00,0,Nowhere Daycare,,maybe,,\n"
                + "No provider,en,rosa@example.org,2020-09-09,,,,2020-09-09,yes,,\n"
                + "Shared name,es,rosa@example.org,2020-09-09;2020-09-09,,,Twin Name,,,,\n"
                + "No sessions,es,rosa@example.org,;,,,,,,,\n";
        ImportResult<SupportHistoryLine> result = history(h -> h.importCsv(csv));
        List<String> messages = messages(result);
        assertEquals(List.of(3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 8, 8, 9), result.problems().stream()
                .map(ImportProblem::line).toList(), messages.toString());
        assertTrue(messages.contains("3: provider \"LIC-100\" is already enrolled in this series on line 2."), messages.toString());
        assertTrue(messages.contains("4: This series is described differently on line 2: title, language,"
                + " facilitator_email, session_dates, start_time and minutes must be the same on every line of a"
                + " series."), messages.toString());
        assertTrue(messages.contains("5: attended \"2020-11-04\" is not one of the session_dates of the series."), messages.toString());
        assertTrue(messages.contains("6: title is empty."), messages.toString());
        assertTrue(messages.contains("6: language \"fr\" is not one of en, es."), messages.toString());
        assertTrue(messages.contains("6: facilitator_email \"nobody@example.org\" is not the e-mail of a consultant's account."));
        assertTrue(messages.contains("6: session_dates \"2020-13-01\" is not a date such as 2023-09-14."), messages.toString());
        assertTrue(messages.contains("6: session_dates \"2030-01-01\" is in the future."), messages.toString());
        assertTrue(messages.contains("6: start_time \"25:00\" is not a time such as 18:30."), messages.toString());
        assertTrue(messages.contains("6: minutes \"0\" is not a whole number from 1 to 1440."), messages.toString());
        assertTrue(messages.contains("6: provider \"Nowhere Daycare\" is not a name or licence number in the provider"
                + " registry: add the provider first."), messages.toString());
        assertTrue(messages.contains("6: highly_valuable \"maybe\" is not yes or no."), messages.toString());
        assertTrue(messages.contains("7: attended, highly_valuable, comments and consent_to_quote need a provider on"
                + " the same line."), messages.toString());
        assertTrue(messages.contains("8: session_dates lists a date twice."), messages.toString());
        assertTrue(messages.contains("8: provider \"Twin Name\" is the name of several providers in the registry: use"
                + " the licence number."), messages.toString());
        assertTrue(messages.contains("9: session_dates is empty."), messages.toString());
        assertEquals(0L, count("select count(s) from SupportSeries s where s.startsOn < {d '2021-07-01'}"),
                "not even the good lines");
    }

    private static List<String> messages(ImportResult<?> result) {
        return result.problems().stream().map(p -> p.line() + ": " + p.message(Locale.ENGLISH)).toList();
    }

    private static long count(String query) {
        return db.inTransaction(em -> em.createQuery(query, Long.class).getSingleResult());
    }

    private static void provider(String name, String license, String county) {
        db.inTransaction(em -> Services.on(em, CLOCK).providers().add(new ProviderDetails(name,
                ProviderKind.CENTER_BASED, county, null, license, null, null, null, EnumSet.of(ServiceLanguage.EN))));
    }

    private static <T> T history(Function<SupportHistory, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, CLOCK).supportHistory()));
    }

    private static <T> T support(Function<CommunitiesOfSupport, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, CLOCK).support()));
    }
}
