package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Addresses typed or edited by hand: a page parameter that should be a record's number but is not gives the
 * not-found page, as an unknown number does; a report range outside the years that can hold records is refused at
 * its field at once, instead of running for every year asked for.
 */
@ExtendWith(RunningApplication.class)
class AddressParametersIT {

    private static final Map<DemoPerson, WebSession> SESSIONS = new EnumMap<>(DemoPerson.class);

    /** Every page with a numeric {@code f:viewParam}, opened by someone who may open the page itself. */
    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "ADMIN, /cohort/cohort.xhtml?id=",
            "ADMIN, /cohort/profile.xhtml?account=",
            "ADMIN, /account/account.xhtml?id=",
            "ADMIN, /cohort/enrollments.xhtml?cohort=",
            "ADMIN, /cohort/roster.xhtml?cohort=",
            "FACULTY, /evaluation/result.xhtml?course=",
            "ADMIN, /evaluation/template.xhtml?id=",
            "FACULTY, /evaluation/competency.xhtml?enrollment=",
            "TRAINEE_EN, /evaluation/course.xhtml?course=",
            "ADMIN, /provider/provider.xhtml?id=",
            "ADMIN, /supervision/session.xhtml?id=",
            "ADMIN, /completion/board.xhtml?cohort=",
            "ADMIN, /opendoor/session.xhtml?id=",
            "ADMIN, /support/series.xhtml?id=",
            "ADMIN, /consultation/assignment.xhtml?id=",
            "ADMIN, /practicum/placement.xhtml?id=",
            "ADMIN, /practicum/log.xhtml?placement=",
            "ADMIN, /course/admin/course.xhtml?id=",
            "ADMIN, /course/admin/assignment.xhtml?course=",
            "ADMIN, /course/view.xhtml?id=",
            "ADMIN, /community/series.xhtml?id=",
            "FACULTY, /course/gradebook.xhtml?course=",
            "FACULTY, /course/grade.xhtml?id=",
            "TRAINEE_EN, /course/assignment.xhtml?id=",
            "ADMIN, /helpline/call.xhtml?id="})
    void anIdThatIsNotANumberGivesTheNotFoundPage(DemoPerson person, String page) {
        for (String id : new String[] {"abc", "99999999999999999999", "1%27%20or%201=1"}) {
            HttpResponse<String> answer = session(person).get(page + id);
            assertEquals(404, answer.statusCode(), page + id);
            assertTrue(answer.body().contains("Page not found"), page + id + ": " + answer.body());
        }
    }

    /** Pages moved to their feature's folder (issue 13): a bookmark of the old address answers with the new one. */
    @Test
    void anOldPageAddressAnswersWithItsNewOneAndKeepsItsQuery() {
        String movedAddress = "/admin/enrollments.xhtml?cohort=1";
        HttpResponse<String> answer = session(DemoPerson.ADMIN).get(movedAddress);
        assertEquals(301, answer.statusCode());
        String location = answer.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/cohort/enrollments.xhtml?cohort=1"), location);
    }

    @Test
    void theImpactDashboardRefusesYearsThatCannotHoldRecordsAtTheField() {
        WebSession admin = session(DemoPerson.ADMIN);
        long start = System.nanoTime();
        HttpResponse<String> answer = admin.get("/reporting/impact.xhtml?from=0000-0001&to=9998-9999");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Reports cover the fiscal years from 2021-2022 through next year; choose one of those."),
                answer.body());
        assertFalse(answer.body().contains("id=\"report\""), "no figures for a refused range");
        assertTrue(millis < 10_000, "refused before any query, not after running thousands of years: " + millis + " ms");

        WebSession inSpanish = WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        chooseLanguage(inSpanish, "/reporting/impact.xhtml", "spanish");
        try {
            String spanish = inSpanish.get("/reporting/impact.xhtml?from=2021-2022&to=3000-3001").body();
            assertTrue(spanish.contains("Los informes abarcan los años fiscales desde 2021-2022 hasta el próximo año"),
                    "in the page's language");
        } finally {
            chooseLanguage(inSpanish, "/index.xhtml", "english");
        }

        HttpResponse<byte[]> export = admin.download("/reporting/export?report=impact&format=csv&from=1900-1901&to=2022-2023");
        assertEquals(400, export.statusCode(), "the download refuses the same ranges");
    }

    /** The header's language link, which also remembers the choice on the account (so the test puts it back). */
    private static void chooseLanguage(WebSession session, String page, String language) {
        Map<String, String> fields = WebSession.formFields(session.get(page).body(), "header");
        fields.put("header:" + language, "header:" + language);
        assertEquals(302, session.post(page, fields).statusCode());
    }

    private static WebSession session(DemoPerson person) {
        return SESSIONS.computeIfAbsent(person, p -> WebSession.signedIn(p.email(), DemoData.PASSWORD));
    }
}
