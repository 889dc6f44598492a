package org.iecmhc.lms.opendoor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.errors.FirstProblems;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.imports.ImportFile;
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

/** Importing past Open-Door sessions with attendance and answers against MariaDB: all lines or none. */
class OpenDoorHistoryPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T20:00:00Z"), ZoneOffset.UTC);
    private static final Viewer ADMIN = new Viewer("admin@example.org", true);
    private static final String HEADER = String.join(",", OpenDoorHistoryReader.COLUMNS) + "\n";
    private static TestDatabase db;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails("rosa@example.org",
                "Rosa", "Consultora", Language.ES, EnumSet.of(Role.CONSULTANT)), "long enough password", false));
        provider("Casita Feliz", "LIC-100");
        provider("Sunshine Center", null);
        provider("Twin Name", null);
        provider("Twin Name", null);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aGoodFileStoresItsSessionsAttendanceAndAnswersAsImported() {
        String csv = HEADER
                + "2022-10-05,Biting and toddlers,es,Rosa@Example.org,lic-100,yes,\"Muy útil, gracias\",yes\n"
                + "2022-10-05,Biting and toddlers,es,rosa@example.org,Sunshine  center,no,,\n"
                + "2022-11-02,Sleep routines,en,rosa@example.org,,,,\n"
                + "2022-11-16,Play and feelings,en,rosa@example.org,Sunshine Center,,,\n";
        ImportResult<OpenDoorHistoryLine> result = history(h -> h.importCsv(csv));
        assertTrue(result.isClean(), () -> messages(result).toString());
        assertEquals(4, result.records().size());
        List<OpenDoorAttendance> biting = db.inTransaction(em -> em.createQuery("select a from OpenDoorAttendance a"
                + " where a.session.title = 'Biting and toddlers' order by a.provider.name", OpenDoorAttendance.class)
                .getResultList());
        assertEquals(List.of("Casita Feliz", "Sunshine Center"), biting.stream().map(a -> a.getProvider().getName()).toList());
        assertEquals(Boolean.TRUE, biting.get(0).getSurvey().rating());
        assertEquals("Muy útil, gracias", biting.get(0).getSurvey().comments());
        assertTrue(biting.get(0).getSurvey().consentToQuote());
        assertFalse(biting.get(0).getSurvey().quotable(), "staff choose what is quoted");
        assertEquals(Respondent.IMPORTED, biting.get(0).getSurvey().answeredBy());
        assertEquals(Boolean.FALSE, biting.get(1).getSurvey().rating());
        assertEquals(Respondent.IMPORTED, biting.get(1).getSurvey().answeredBy());
        assertNull(db.inTransaction(em -> em.createQuery("select a from OpenDoorAttendance a where a.session.title"
                + " = 'Play and feelings'", OpenDoorAttendance.class).getSingleResult().getSurvey().answeredBy()),
                "an attendance without an answer is nobody's answer");
        assertEquals(ServiceLanguage.ES, biting.get(0).getSession().getLanguage());
        assertEquals(1L, count("select count(s) from OpenDoorSession s where s.title = 'Sleep routines'"));
        assertEquals(0L, count("select count(l) from SurveyLink l"), "history mails no survey link");

        ImportResult<OpenDoorHistoryLine> again = history(h -> h.importCsv(csv));
        assertEquals(List.of(2, 3, 4, 5), again.problems().stream().map(ImportProblem::line).toList(),
                "a file brought twice is refused whole, not doubled");
        assertEquals(3L, count("select count(s) from OpenDoorSession s where s.heldOn < {d '2023-01-01'}"));
    }

    @Test
    void importedRatingsCountInTheImpactFiguresAsTheParticipantsOwnAndStaffCannotRewriteThem() {
        String csv = HEADER
                + "2023-10-04,Big feelings,en,rosa@example.org,LIC-100,yes,Gave us words for big feelings,yes\n"
                + "2023-10-04,Big feelings,en,rosa@example.org,Sunshine Center,yes,Not to be quoted,no\n"
                + "2023-11-01,Naps,en,rosa@example.org,LIC-100,no,,\n"
                + "2023-11-01,Naps,en,rosa@example.org,Sunshine Center,,,\n";
        FiscalYears year = new FiscalYears(new FiscalYear(2023), new FiscalYear(2023));
        ImpactFigures before = db.inTransaction(em -> Services.on(em, CLOCK).impact().figures(year));
        assertEquals(0L, before.openDoorAnswers());
        assertNull(before.openDoorWorthwhilePercent());

        assertTrue(history(h -> h.importCsv(csv)).isClean());
        ImpactFigures after = db.inTransaction(em -> Services.on(em, CLOCK).impact().figures(year));
        assertEquals(3L, after.openDoorAnswers(), "every imported rating, the unanswered attendance left out");
        assertEquals(66.7, after.openDoorWorthwhilePercent());
        assertEquals(List.of("Gave us words for big feelings"), db.inTransaction(em -> Services.on(em, CLOCK)
                .testimonials().search(new TestimonialFilter(QuotedService.OPEN_DOOR, new FiscalYear(2023), null)))
                .stream().map(Testimonial::comment).toList(), "consent to quote as the file says");

        long naps = db.inTransaction(em -> em.createQuery("select a.id from OpenDoorAttendance a where"
                + " a.session.title = 'Naps' and a.provider.licenseNumber = 'LIC-100'", Long.class).getSingleResult());
        assertEquals("surveyAnswer.importedOwn", assertThrows(InputRejected.class, () -> db.inTransaction(em -> {
            Services.on(em, CLOCK).openDoor().rate(ADMIN, naps, new SurveyAnswer(true, null, false, false));
            return null;
        })).messageKey());
        assertEquals(Boolean.FALSE, db.inTransaction(em -> em.find(OpenDoorAttendance.class, naps).getSurvey().rating()));
    }

    @Test
    void aFileWithSeveralBadLinesStoresNothingAndListsEachLine() {
        String csv = HEADER
                + "2021-09-01,Good line,en,rosa@example.org,Casita Feliz,yes,,\n"
                + "2021-13-01,Bad date,en,rosa@example.org,,,,\n"
                + "2021-09-02,,fr,nobody@example.org,,,,\n"
                + "2021-09-03,Unknown provider,en,rosa@example.org,Nowhere Daycare,maybe,,\n"
                + "2021-09-04,Twice,en,rosa@example.org,Casita Feliz,,,\n"
                + "2021-09-04,Twice,en,rosa@example.org,LIC-100,,,\n"
                + "2021-09-05,No provider,en,rosa@example.org,,yes,,\n"
                + "2021-09-06,Shared name,en,rosa@example.org,Twin Name,,,\n"
                + "2030-01-01,Future,en,rosa@example.org,,,,\n";
        ImportResult<OpenDoorHistoryLine> result = history(h -> h.importCsv(csv));
        List<String> messages = messages(result);
        assertEquals(List.of(3, 4, 4, 4, 5, 5, 7, 8, 9, 10), result.problems().stream().map(ImportProblem::line).toList(),
                messages.toString());
        assertTrue(messages.contains("3: held_on \"2021-13-01\" is not a date such as 2023-09-14."), messages.toString());
        assertTrue(messages.contains("4: title is empty."), messages.toString());
        assertTrue(messages.contains("4: language \"fr\" is not one of en, es, other."), messages.toString());
        assertTrue(messages.contains("4: facilitator_email \"nobody@example.org\" is not the e-mail of a consultant's account."));
        assertTrue(messages.contains("5: provider \"Nowhere Daycare\" is not a name or licence number in the provider"
                + " registry: add the provider first."), messages.toString());
        assertTrue(messages.contains("5: worthwhile \"maybe\" is not yes or no."), messages.toString());
        assertTrue(messages.contains("7: provider \"LIC-100\" is already listed at this session on line 6."));
        assertTrue(messages.contains("8: worthwhile, comments and consent_to_quote need a provider on the same line."));
        assertTrue(messages.contains("9: provider \"Twin Name\" is the name of several providers in the registry: use"
                + " the licence number."), messages.toString());
        assertTrue(messages.contains("10: held_on \"2030-01-01\" is in the future."), messages.toString());
        assertEquals(0L, count("select count(s) from OpenDoorSession s where s.heldOn < {d '2022-01-01'}"),
                "not even the good lines");
    }

    @Test
    void aHugeBadFileAnswersWithTheFirstHundredProblemsAndTheirCount() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < ImportFile.MAX_LINES; i++) {
            csv.append("2021-09-01,Session,klingon,rosa@example.org,,,,\n");
        }
        ImportResult<OpenDoorHistoryLine> result = history(h -> h.check(csv.toString()));
        assertEquals(FirstProblems.KEPT, result.problems().size());
        assertEquals(ImportFile.MAX_LINES, result.problemCount());
    }

    private static List<String> messages(ImportResult<?> result) {
        return result.problems().stream().map(p -> p.line() + ": " + p.message(Locale.ENGLISH)).toList();
    }

    private static long count(String query) {
        return db.inTransaction(em -> em.createQuery(query, Long.class).getSingleResult());
    }

    private static void provider(String name, String license) {
        db.inTransaction(em -> Services.on(em, CLOCK).providers().add(new ProviderDetails(name,
                ProviderKind.CENTER_BASED, "06037", null, license, null, null, null, EnumSet.of(ServiceLanguage.EN))));
    }

    private static <T> T history(Function<OpenDoorHistory, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, CLOCK).openDoorHistory()));
    }
}
