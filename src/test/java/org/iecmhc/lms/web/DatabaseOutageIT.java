package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.PrivateApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The database dies under a running application (a private MariaDB, killed): pages answer a translated 503 within
 * ten seconds, health reports DOWN, a save made meanwhile leaves nothing behind; once the database is back the
 * same sessions work again without restarting anything.
 */
@ExtendWith(PrivateApplication.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(PrivateApplication.RESOURCE)
class DatabaseOutageIT {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(90);
    private static final String COHORT_FORM = "/cohort/cohort.xhtml?id=1";
    private static final String OUTAGE_NAME = "Renamed while the database was down";

    @Test
    void pagesAnswerUnavailableQuicklyAndEverythingRecoversWhenTheDatabaseIsBack() throws InterruptedException {
        WebSession admin = WebSession.signedIn(PrivateApplication.url(), DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        WebSession trainee = WebSession.signedIn(PrivateApplication.url(), DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        assertEquals(200, admin.get("/cohort/cohorts.xhtml").statusCode());
        Map<String, String> save = WebSession.formFields(admin.get(COHORT_FORM).body(), "cohort");
        String storedName = save.get("cohort:name");
        save.put("cohort:name", OUTAGE_NAME);
        save.put("cohort:save", "");

        PrivateApplication.database().kill();
        try {
            for (String page : new String[] {"/cohort/cohorts.xhtml", "/account/accounts.xhtml", "/helpline/calls.xhtml",
                    COHORT_FORM}) {
                HttpResponse<String> answer = within(() -> admin.get(page));
                assertEquals(503, answer.statusCode(), page);
                assertTrue(answer.body().contains("Temporarily unavailable"), page + ":\n" + answer.body());
                assertTrue(answer.headers().firstValue("Retry-After").isPresent(), page);
                assertNoStackTrace(answer.body());
            }
            HttpResponse<String> spanish = within(() -> trainee.get("/course/mine.xhtml"));
            assertEquals(503, spanish.statusCode());
            assertTrue(spanish.body().contains("No disponible por el momento"), spanish.body());

            HttpResponse<String> refusedSave = within(() -> admin.post(COHORT_FORM, save));
            assertEquals(503, refusedSave.statusCode(), "a save cannot pretend to have worked: "
                    + refusedSave.headers().firstValue("Location").orElse(""));
            assertTrue(refusedSave.body().contains("Temporarily unavailable"), refusedSave.body());

            HttpResponse<String> health = within(() -> admin.get("/health"));
            assertEquals(503, health.statusCode());
            assertTrue(health.body().contains("DOWN"), health.body());

            HttpResponse<String> api = within(() -> WebSession.anonymous(PrivateApplication.url()).callApi("GET",
                    "/api/v1/me", DemoPerson.ADMIN.email(), DemoData.PASSWORD, null, null, Map.of()));
            assertTrue(api.statusCode() == 503, "HTTP " + api.statusCode() + ": " + api.body());
            assertNoStackTrace(api.body());
        } finally {
            PrivateApplication.database().start();
        }

        awaitHealthy(admin);
        HttpResponse<String> form = admin.get(COHORT_FORM);
        assertEquals(200, form.statusCode(), "the same session works again, nothing was restarted");
        assertFalse(form.body().contains(OUTAGE_NAME), "the save made during the outage left nothing behind");
        assertTrue(form.body().contains("value=\"" + storedName + "\""));
        assertEquals(200, trainee.get("/course/mine.xhtml").statusCode());

        Map<String, String> again = WebSession.formFields(form.body(), "cohort");
        again.put("cohort:save", "");
        HttpResponse<String> saved = admin.post(COHORT_FORM, again);
        assertTrue(saved.headers().firstValue("Location").orElse("").contains("/cohort/enrollments.xhtml"),
                "saving works again: HTTP " + saved.statusCode() + " " + saved.headers().map());
    }

    private static HttpResponse<String> within(Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(LIMIT) < 0, response.uri() + " took " + took);
        return response;
    }

    private static void awaitHealthy(WebSession session) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_LIMIT.toNanos();
        while (session.get("/health").statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "the application did not see the database again");
            Thread.sleep(1000);
        }
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains("\tat ") || body.contains("Exception") || body.contains(".java:"), body);
    }
}
