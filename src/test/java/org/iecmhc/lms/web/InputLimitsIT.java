package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad dates, numbers and text typed on a page or sent to the API are refused with a message that names the limit,
 * never stored changed (truncated, rolled to another day, wrapped) and never a 500 (issue 12, points 8 and 9).
 * Nothing here is saved, so the demo data stays as it was.
 */
@ExtendWith(RunningApplication.class)
class InputLimitsIT {

    private static final String COHORT_FORM = "/cohort/cohort.xhtml";
    private static final String ADMIN = DemoPerson.ADMIN.email();
    private static final String CALLS_HEADER =
            "received_at,duration_minutes,caller_role,caller_key,county,language,topics,consultation_recommended\n";
    private static final int LAST_YEAR = Year.now().getValue() + 10;

    @Test
    void theCohortFormRefusesOverLongAndOverLargeValuesAtTheFieldWithTheLimit() {
        WebSession admin = WebSession.signedIn(ADMIN, DemoData.PASSWORD);
        Map<String, String> form = WebSession.formFields(admin.get(COHORT_FORM).body(), "cohort");
        form.put("cohort:name", "N".repeat(150));
        form.put("cohort:startDate_input", "2030-09-01");
        form.put("cohort:endDate_input", "2031-06-30");
        form.put("cohort:capacity", "2147483647");
        form.put("cohort:supervisionHours", "24");
        form.put("cohort:copMeetings", "6");
        form.put("cohort:practicumHours", "40");
        form.put("cohort:save", "");
        HttpResponse<String> refused = admin.post(COHORT_FORM, form);
        assertEquals(200, refused.statusCode(), "nothing saved, the form is shown again");
        assertMessageAt(refused.body(), "cohort:name", "cohort:startDate", "at most 100 characters");
        assertMessageAt(refused.body(), "cohort:capacity", "cohort:status", "at most 5 digits");
    }

    @Test
    void theCohortFormRefusesImpossibleDatesAndYearsOutsideTheRange() {
        WebSession admin = WebSession.signedIn(ADMIN, DemoData.PASSWORD);
        Map<String, String> form = WebSession.formFields(admin.get(COHORT_FORM).body(), "cohort");
        form.put("cohort:name", "Never saved");
        form.put("cohort:startDate_input", "2026-02-30");
        form.put("cohort:endDate_input", "2999-06-30");
        form.put("cohort:capacity", "10");
        form.put("cohort:save", "");
        HttpResponse<String> refused = admin.post(COHORT_FORM, form);
        assertEquals(200, refused.statusCode(), refused.body());
        assertMessageAt(refused.body(), "cohort:startDate", "cohort:endDate", "enter a date such as 2026-09-01");
        assertMessageAt(refused.body(), "cohort:endDate", "cohort:language", "a year from 2000 to " + LAST_YEAR);

        Map<String, String> again = WebSession.formFields(refused.body(), "cohort");
        again.put("cohort:startDate_input", "-999999999-09-01");
        again.put("cohort:endDate_input", "999999999-06-30");
        again.put("cohort:save", "");
        HttpResponse<String> farYears = admin.post(COHORT_FORM, again);
        assertEquals(200, farYears.statusCode(), "refused, not a 500");
        assertMessageAt(farYears.body(), "cohort:startDate", "cohort:endDate", "enter a date such as 2026-09-01");
        assertMessageAt(farYears.body(), "cohort:endDate", "cohort:language", "enter a date such as 2026-09-01");
    }

    @Test
    void theLimitIsSaidInSpanishToASpanishSpeaker() {
        WebSession trainee = WebSession.signedIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        Map<String, String> form = WebSession.formFields(trainee.get("/cohort/my-profile.xhtml").body(), "profile");
        form.put("profile:agency", "A".repeat(250));
        form.put("profile:save", "");
        HttpResponse<String> refused = trainee.post("/cohort/my-profile.xhtml", form);
        assertEquals(200, refused.statusCode());
        assertMessageAt(refused.body(), "profile:agency", "profile:discipline", "como máximo 200 caracteres");
    }

    @Test
    void controlCharactersInANameAreRefusedOnThePage() {
        WebSession admin = WebSession.signedIn(ADMIN, DemoData.PASSWORD);
        Map<String, String> form = WebSession.formFields(admin.get(COHORT_FORM).body(), "cohort");
        form.put("cohort:name", "Cohort\u202Eevil\u0000");
        form.put("cohort:startDate_input", "2030-09-01");
        form.put("cohort:endDate_input", "2031-06-30");
        form.put("cohort:capacity", "10");
        form.put("cohort:save", "");
        HttpResponse<String> refused = admin.post(COHORT_FORM, form);
        assertEquals(200, refused.statusCode());
        assertMessageAt(refused.body(), "cohort:name", "cohort:startDate", "invisible control characters");
    }

    @Test
    void theApiRefusesHugeNumbersImpossibleDatesFarYearsAndControlCharacters() {
        assertFieldRefused(cohortJson("\"API limits\"", "\"2030-09-01\"", "4294967326"), "capacity", "from 1 to 5000");
        assertFieldRefused(cohortJson("\"API limits\"", "\"2026-02-30\"", "10"), "startDate", "2026-09-01");
        assertFieldRefused(cohortJson("\"API limits\"", "\"+999999999-09-01\"", "10"), "startDate", "from 2000 to " + LAST_YEAR);
        assertFieldRefused(cohortJson("\"API limits\"", "\"-999999999-09-01\"", "10"), "startDate", "from 2000 to " + LAST_YEAR);
        assertFieldRefused(cohortJson("\"API\\u0000limits\"", "\"2030-09-01\"", "10"), "name", "control characters");
    }

    @Test
    void deeplyNestedJsonIsABadRequest() {
        String nested = "{\"name\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        HttpResponse<String> response = post("/api/v1/cohorts", "application/json", nested);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(object(response.body()).getString("detail").contains("nested"), response.body());
    }

    @Test
    void aBodyOverTheDocumentedSizeIsRefusedWith413() {
        String huge = "x".repeat(17 * 1024 * 1024);
        HttpResponse<String> response = post("/api/v1/helpline/calls", "text/csv", huge);
        assertEquals(413, response.statusCode());
        assertTrue(object(response.body()).getString("detail").contains("16 MB"), response.body());

        HttpResponse<String> chunked = postChunked("/api/v1/helpline/calls", huge.getBytes(StandardCharsets.UTF_8));
        assertEquals(413, chunked.statusCode(), "a body sent without its length is limited too");
        assertTrue(object(chunked.body()).getString("detail").contains("16 MB"), chunked.body());
    }

    /** A body of unknown length, as streaming clients send it (Transfer-Encoding: chunked). */
    private static HttpResponse<String> postChunked(String path, byte[] body) {
        String credentials = Base64.getEncoder().encodeToString((ADMIN + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningApplication.url(path)))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFormPostOverTheContainersLimitShowsATranslatedPageNotTheFailurePage() {
        WebSession admin = WebSession.signedIn(ADMIN, DemoData.PASSWORD);
        Map<String, String> form = WebSession.formFields(admin.get(COHORT_FORM).body(), "cohort");
        form.put("cohort:name", "N".repeat(3 * 1024 * 1024));
        form.put("cohort:save", "");
        HttpResponse<String> refused = admin.post(COHORT_FORM, form);
        assertEquals(302, refused.statusCode());
        String page = refused.headers().firstValue("Location").orElseThrow();
        assertTrue(page.endsWith("/error/too-large.xhtml"), page);
        HttpResponse<String> shown = admin.get("/error/too-large.xhtml");
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("Too much sent at once"), shown.body());
        assertFalse(shown.body().contains("Something went wrong"));

        WebSession trainee = WebSession.signedIn(DemoPerson.TRAINEE.email(), DemoData.PASSWORD);
        HttpResponse<String> spanish = trainee.post("/course/mine.xhtml", Map.of("text", "x".repeat(3 * 1024 * 1024)));
        assertEquals(302, spanish.statusCode());
        assertTrue(trainee.get("/error/too-large.xhtml").body().contains("Demasiado contenido enviado a la vez"));
    }

    @Test
    void aHugeBadImportAnswersTheFirstHundredProblemsAndTheirCount() {
        StringBuilder csv = new StringBuilder(CALLS_HEADER);
        int lines = 40_000;
        for (int i = 0; i < lines; i++) {
            csv.append("2023-10-02T09:15,500,CENTER_STAFF,k,Narnia,xx,biting,maybe\n");
        }
        HttpResponse<String> response = post("/api/v1/helpline/calls", "text/csv", csv.toString());
        assertEquals(422, response.statusCode());
        assertTrue(response.body().length() < 50_000, "bounded answer: " + response.body().length() + " characters");
        JsonObject body = object(response.body());
        assertEquals(100, body.getJsonArray("errors").size());
        assertEquals(4 * lines, body.getInt("total"));
    }

    @Test
    void importsRefuseImpossibleDatesAndFarYearsLineByLine() {
        String csv = CALLS_HEADER + "2023-02-30 09:15,20,CENTER_STAFF,k1,Fresno,es,biting,yes\n"
                + "+999999999-10-02T09:15,20,CENTER_STAFF,k2,Fresno,es,biting,yes\n"
                + "-999999999-10-02T09:15,20,CENTER_STAFF,k3,Fresno,es,biting,yes\n";
        HttpResponse<String> response = post("/api/v1/helpline/calls", "text/csv", csv);
        assertEquals(422, response.statusCode(), response.body());
        List<JsonObject> errors = object(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 3, 4), errors.stream().map(e -> e.getInt("line")).toList(), response.body());
        assertTrue(errors.get(1).getString("message").contains("from 2000 to " + LAST_YEAR), response.body());
    }

    @Test
    void aCsvThatIsNotUtf8IsRefusedBeforeAnythingIsRead() {
        byte[] latin1 = (CALLS_HEADER + "2023-10-02T09:15,20,CENTER_STAFF,Jos\u00e9,Fresno,es,biting,s\u00ed\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> calls = WebSession.apiBytes("POST", "/api/v1/helpline/calls", ADMIN, DemoData.PASSWORD,
                "text/csv", latin1);
        assertEquals(422, calls.statusCode(), calls.body());
        assertTrue(calls.body().contains("save it as UTF-8"), calls.body());
        HttpResponse<String> roster = WebSession.apiBytes("POST", "/api/v1/cohorts/1/roster", ADMIN, DemoData.PASSWORD,
                "text/csv", "email,first_name,last_name,preferred_language,race_ethnicity,language,county,agency\nj@x.org,Jos\u00e9,P,en,,,,\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(422, roster.statusCode(), roster.body());
        assertTrue(roster.body().contains("save it as UTF-8"), roster.body());
    }

    private static String cohortJson(String name, String start, String capacity) {
        return "{\"name\":" + name + ",\"startDate\":" + start + ",\"endDate\":\"2031-06-30\",\"language\":\"en\","
                + "\"capacity\":" + capacity + "}";
    }

    private static void assertFieldRefused(String json, String field, String messagePart) {
        HttpResponse<String> response = post("/api/v1/cohorts", "application/json", json);
        assertTrue(response.statusCode() == 400 || response.statusCode() == 422, response.statusCode() + " " + response.body());
        List<JsonObject> fields = object(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class);
        assertTrue(fields.stream().anyMatch(f -> f.getString("field").equals(field)
                && f.getString("message").contains(messagePart)), json + " -> " + response.body());
    }

    /** The message sits between the field's input and the next field: at the field, not at the top of the page. */
    static void assertMessageAt(String html, String fieldId, String nextFieldId, String message) {
        int field = html.indexOf("id=\"" + fieldId);
        int next = html.indexOf("id=\"" + nextFieldId, field);
        assertTrue(field > 0 && next > field, "no field " + fieldId + " then " + nextFieldId);
        String between = html.substring(field, next);
        assertTrue(between.contains(message), "expected '" + message + "' at " + fieldId + ":\n" + between);
        assertFalse(html.contains("id=\"error-page\""), "not the failure page");
    }

    private static HttpResponse<String> post(String path, String type, String body) {
        return WebSession.api("POST", path, ADMIN, DemoData.PASSWORD, type, body);
    }

    private static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
