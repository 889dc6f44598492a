package org.iecmhc.lms.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.imports.ImportProblem;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.platform.time.FiscalYears;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.reporting.ImpactFigures;
import org.iecmhc.lms.survey.Respondent;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Importing past consultation assignments with counts and answers against MariaDB: all lines or none. */
class AssignmentHistoryPersistenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T20:00:00Z"), ZoneOffset.UTC);
    private static final String HEADER = String.join(",", AssignmentHistoryReader.COLUMNS) + "\n";
    private static TestDatabase db;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.migrated();
        account("rosa@example.org", Role.CONSULTANT);
        account("david@example.org", Role.FACULTY);
        provider("Casita Consultada", "LIC-200", "06037", "casita@example.org");
        provider("Sunshine Center", null, "06019", "sunshine@example.org");
        provider("Twin Name", null, "06037", null);
        provider("Twin Name", null, "06037", null);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aGoodFileStoresItsAssignmentsWithTheProvidersImportedAnswersMailsNothingAndCountsInTheFigures() {
        String csv = HEADER
                + "lic-200,Los Angeles,Rosa@Example.org,classroom,on_site,2021-09-13,2022-01-28,closed,14,3,yes,"
                + "\"Nos ayudó mucho, gracias\",yes\n"
                + "Sunshine  center,06019,rosa@example.org,PROGRAMMATIC,virtual,2022-02-01,,active,20,5,,,\n"
                + "Sunshine Center,fresno county,rosa@example.org,classroom,virtual,2022-08-01,2022-12-15,closed,6,2,,,\n";
        ImportResult<AssignmentHistoryLine> result = history(h -> h.importCsv(csv));
        assertTrue(result.isClean(), () -> messages(result).toString());
        assertEquals(3, result.records().size());

        List<ConsultationAssignment> stored = db.inTransaction(em -> em.createQuery("select c from ConsultationAssignment c"
                + " order by c.startOn", ConsultationAssignment.class).getResultList());
        ConsultationAssignment casita = stored.get(0);
        assertEquals("Casita Consultada", casita.getProvider().getName());
        assertEquals("rosa@example.org", casita.getConsultant().getEmail());
        assertEquals(ConsultationLevel.CLASSROOM, casita.getLevel());
        assertEquals(Modality.ON_SITE, casita.getModality());
        assertEquals(LocalDate.of(2022, 1, 28), casita.getEndOn());
        assertEquals(AssignmentStatus.CLOSED, casita.getStatus());
        assertEquals(14, casita.getChildrenBenefiting());
        assertEquals(Boolean.TRUE, casita.getSurvey().rating());
        assertEquals("Nos ayudó mucho, gracias", casita.getSurvey().comments());
        assertTrue(casita.getSurvey().consentToQuote());
        assertFalse(casita.getSurvey().quotable(), "staff choose what is quoted");
        assertEquals(Respondent.IMPORTED, casita.getSurvey().answeredBy());
        assertEquals(AssignmentStatus.ACTIVE, stored.get(1).getStatus());
        assertNull(stored.get(1).getEndOn());
        assertNull(stored.get(2).getSurvey().answeredBy(), "closed without an answer");
        assertEquals(0L, count("select count(l) from SurveyLink l"), "history mails no survey link");

        ImpactFigures figures = db.inTransaction(em -> Services.on(em, CLOCK).impact()
                .figures(FiscalYears.parse("2021-2022", "2021-2022")));
        assertEquals(2, figures.consultationAssignments());
        assertEquals(34, figures.childrenBenefiting());
        assertEquals(8, figures.staffInfluenced());
        assertEquals(1, figures.consultationAnswers(), "the provider's answer of the time counts as theirs");
        assertEquals(100.0, figures.consultationWorthwhilePercent());

        ImportResult<AssignmentHistoryLine> again = history(h -> h.importCsv(csv));
        assertEquals(List.of(2, 3, 4), again.problems().stream().map(ImportProblem::line).toList(),
                "a file brought twice is refused whole, not doubled");
        assertEquals(3L, count("select count(c) from ConsultationAssignment c"));
    }

    @Test
    void aFileWithSeveralBadLinesStoresNothingAndListsEachLine() {
        String csv = HEADER
                + "Casita Consultada,Los Angeles,rosa@example.org,classroom,on_site,2020-09-01,2020-12-01,closed,5,1,yes,,\n"
                + "Nowhere Daycare,Los Angeles,rosa@example.org,classroom,on_site,2020-09-01,,active,5,1,,,\n"
                + "Casita Consultada,Fresno,david@example.org,group,bus,2020-13-01,,active,,-1,,,\n"
                + "Sunshine Center,Atlantis,rosa@example.org,classroom,virtual,2020-10-01,,closed,3,1,,,\n"
                + "Sunshine Center,Fresno,rosa@example.org,classroom,virtual,2020-10-01,2020-09-01,active,3,1,no,,\n"
                + "Twin Name,Los Angeles,rosa@example.org,classroom,virtual,2020-10-01,,open,1,1,,,\n"
                + "LIC-200,Los Angeles,rosa@example.org,programmatic,virtual,2020-09-01,2020-12-01,closed,5,1,,,\n"
                + "Sunshine Center,Fresno,rosa@example.org,classroom,virtual,2030-01-01,,active,3,1,,,\n";
        ImportResult<AssignmentHistoryLine> result = history(h -> h.importCsv(csv));
        List<String> messages = messages(result);
        assertEquals(List.of(3, 4, 4, 4, 4, 4, 4, 4, 5, 5, 6, 6, 7, 8, 9),
                result.problems().stream().map(ImportProblem::line).toList(), messages.toString());
        for (String expected : List.of(
                "3: provider \"Nowhere Daycare\" is not a name or licence number in the provider registry: add the"
                        + " provider first.",
                "4: county \"Fresno\" is not the county of provider \"Casita Consultada\" in the registry (Los Angeles).",
                "4: consultant_email \"david@example.org\" is not the e-mail of a consultant's account.",
                "4: level \"group\" is not one of classroom, programmatic.",
                "4: modality \"bus\" is not one of on_site, virtual.",
                "4: start_on \"2020-13-01\" is not a date such as 2023-09-14.",
                "4: children_benefiting is empty.",
                "4: staff_influenced \"-1\" is not a whole number from 0 to 999999.",
                "5: county \"Atlantis\" is not a California county's name or FIPS code.",
                "5: end_on is empty: a closed assignment needs the day it ended.",
                "6: end_on \"2020-09-01\" is before start_on \"2020-10-01\".",
                "6: worthwhile, comments and consent_to_quote need the status closed: the provider answers when the"
                        + " assignment closes.",
                "7: provider \"Twin Name\" is the name of several providers in the registry: use the licence number.",
                "8: The same assignment (provider, consultant and start_on) is already on line 2.",
                "9: start_on \"2030-01-01\" is in the future.")) {
            assertTrue(messages.contains(expected), expected + " in " + messages);
        }
        assertEquals(0L, count("select count(c) from ConsultationAssignment c where c.startOn < {d '2021-01-01'}"),
                "not even the good lines");
    }

    private static List<String> messages(ImportResult<?> result) {
        return result.problems().stream().map(p -> p.line() + ": " + p.message(Locale.ENGLISH)).toList();
    }

    private static long count(String query) {
        return db.inTransaction(em -> em.createQuery(query, Long.class).getSingleResult());
    }

    private static void account(String email, Role role) {
        db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email, "Ana", "Example",
                Language.ES, EnumSet.of(role)), "long enough password", false));
    }

    private static void provider(String name, String license, String county, String email) {
        db.inTransaction(em -> Services.on(em, CLOCK).providers().add(new ProviderDetails(name,
                ProviderKind.CENTER_BASED, county, null, license, null, null, email, EnumSet.of(ServiceLanguage.ES))));
    }

    private static <T> T history(Function<AssignmentHistory, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, CLOCK).assignmentHistory()));
    }
}
