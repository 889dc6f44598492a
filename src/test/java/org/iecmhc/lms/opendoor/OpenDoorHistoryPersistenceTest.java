package org.iecmhc.lms.opendoor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.imports.ImportFile;
import org.iecmhc.lms.platform.imports.ImportProblem;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Importing past Open-Door sessions with attendance and answers against MariaDB: all lines or none. */
class OpenDoorHistoryPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T20:00:00Z"), ZoneOffset.UTC);
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
    void aGoodFileStoresItsSessionsAttendanceAndAnswersAsEnteredByStaff() {
        String csv = HEADER
                + "2022-10-05,Biting and toddlers,es,Rosa@Example.org,lic-100,yes,\"Muy útil, gracias\",yes\n"
                + "2022-10-05,Biting and toddlers,es,rosa@example.org,Sunshine  center,no,,\n"
                + "2022-11-02,Sleep routines,en,rosa@example.org,,,,\n";
        ImportResult<OpenDoorHistoryLine> result = history(h -> h.importCsv(csv));
        assertTrue(result.isClean(), () -> messages(result).toString());
        assertEquals(3, result.records().size());
        List<OpenDoorAttendance> biting = db.inTransaction(em -> em.createQuery("select a from OpenDoorAttendance a"
                + " where a.session.title = 'Biting and toddlers' order by a.provider.name", OpenDoorAttendance.class)
                .getResultList());
        assertEquals(List.of("Casita Feliz", "Sunshine Center"), biting.stream().map(a -> a.getProvider().getName()).toList());
        assertEquals(Boolean.TRUE, biting.get(0).getSurvey().rating());
        assertEquals("Muy útil, gracias", biting.get(0).getSurvey().comments());
        assertTrue(biting.get(0).getSurvey().consentToQuote());
        assertFalse(biting.get(0).getSurvey().quotable(), "staff choose what is quoted");
        assertEquals(Boolean.FALSE, biting.get(1).getSurvey().rating());
        assertEquals(ServiceLanguage.ES, biting.get(0).getSession().getLanguage());
        assertEquals(1L, count("select count(s) from OpenDoorSession s where s.title = 'Sleep routines'"));
        assertEquals(0L, count("select count(l) from SurveyLink l"), "history mails no survey link");

        ImportResult<OpenDoorHistoryLine> again = history(h -> h.importCsv(csv));
        assertEquals(List.of(2, 3, 4), again.problems().stream().map(ImportProblem::line).toList(),
                "a file brought twice is refused whole, not doubled");
        assertEquals(2L, count("select count(s) from OpenDoorSession s where s.heldOn < {d '2023-01-01'}"));
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
