package org.iecmhc.lms.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Competency evaluations through the JSON API over the demo data: the past cohort's submitted ones and James's
 * draft, which the demo faculty member keeps writing (Hannah's is the browser test's).
 */
@ExtendWith(RunningApplication.class)
class CompetencyApiIT {

    private static final String ANA = "ana.garcia@demo.iecmhc.org";

    @Test
    void facultyListTheirTraineesAndATraineeOnlyTheirOwnSubmittedEvaluation() {
        HttpResponse<String> page = get("/api/v1/evaluation/competencies?size=1", DemoPerson.FACULTY.email());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow()) > 5);
        List<JsonObject> roster = list("/api/v1/evaluation/competencies?size=500", DemoPerson.FACULTY.email());
        assertEquals("DRAFT", james(roster).getString("status"));
        assertTrue(roster.stream().anyMatch(r -> r.getString("status").equals("SUBMITTED")));

        List<JsonObject> anas = list("/api/v1/evaluation/competencies", ANA);
        assertEquals(1, anas.size());
        assertEquals("SUBMITTED", anas.get(0).getString("status"));
        assertEquals(List.of(), list("/api/v1/evaluation/competencies", DemoPerson.TRAINEE_EN.email()),
                "James's evaluation is still a draft, which stays with faculty");

        String anaAddress = "/api/v1/evaluation/competencies/" + anas.get(0).getInt("enrollmentId");
        JsonObject own = json(get(anaAddress, ANA).body());
        assertEquals("RECOMMENDED", own.getString("recommendation"));
        assertTrue(own.getJsonArray("ratings").stream().allMatch(r -> r.asJsonObject().getInt("rating") >= 3));
        assertEquals(404, get(anaAddress, "brian.walker@demo.iecmhc.org").statusCode());
        assertEquals(404, get("/api/v1/evaluation/competencies/" + james(roster).getInt("enrollmentId"),
                DemoPerson.TRAINEE_EN.email()).statusCode(), "a draft is not the trainee's to read yet");
        assertEquals(404, get(anaAddress, DemoPerson.FACULTY_CONSULTANT.email()).statusCode(), "faculty of another cohort");
        assertEquals(200, get(anaAddress, DemoPerson.ADMIN.email()).statusCode());
    }

    @Test
    void facultyWriteTheDraftWithItsVersionAndEveryBadFieldIsNamed() {
        String address = "/api/v1/evaluation/competencies/"
                + james(list("/api/v1/evaluation/competencies?size=500", DemoPerson.FACULTY.email())).getInt("enrollmentId");
        HttpResponse<String> read = get(address, DemoPerson.FACULTY.email());
        String etag = read.headers().firstValue("ETag").orElseThrow();

        assertProblem(put(address, DemoPerson.FACULTY.email(), etag, "{\"ratings\": [{\"position\": 1, \"rating\": 9}],"
                + " \"recommendation\": \"MAYBE\", \"submit\": \"yes\"}"), 400, "ratings.1", "recommendation", "submit");
        assertProblem(put(address, DemoPerson.FACULTY.email(), "\"999\"", "{}"), 412);
        assertEquals(403, put(address, DemoPerson.ADMIN.email(), etag, "{}").statusCode(), "administrators read only");
        String anas = "/api/v1/evaluation/competencies/" + list("/api/v1/evaluation/competencies", ANA).get(0).getInt("enrollmentId");
        assertEquals(404, put(anas, DemoPerson.FACULTY_CONSULTANT.email(), etag, "{}").statusCode(),
                "he teaches the active cohort, not the past one");
        HttpResponse<String> incomplete = put(address, DemoPerson.FACULTY.email(), etag, "{\"ratings\": [{\"position\": 1,"
                + " \"rating\": 4}], \"submit\": true}");
        assertProblem(incomplete, 422);
        assertTrue(fields(incomplete).containsAll(Set.of("ratings.2", "narrative", "recommendation")), incomplete.body());

        HttpResponse<String> saved = put(address, DemoPerson.FACULTY.email(), etag, "{\"ratings\": [{\"position\": 1,"
                + " \"rating\": 4}, {\"position\": 2, \"rating\": 4}], \"narrative\": \"Strong rapport with providers;"
                + " reflective practice growing.\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject draft = json(saved.body());
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(4, draft.getJsonArray("ratings").getJsonObject(1).getInt("rating"));
        assertTrue(!etag.equals(saved.headers().firstValue("ETag").orElseThrow()));
    }

    private static JsonObject james(List<JsonObject> roster) {
        return roster.stream().filter(r -> r.getString("trainee").equals("James Carter")).findFirst().orElseThrow();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String... fields) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        if (fields.length > 0) {
            assertEquals(Set.of(fields), fields(response), response.body());
        }
    }

    private static Set<String> fields(HttpResponse<String> response) {
        return json(response.body()).getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject).map(e -> e.getString("field")).collect(Collectors.toSet());
    }

    private static List<JsonObject> list(String path, String email) {
        HttpResponse<String> response = get(path, email);
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
    }

    private static HttpResponse<String> get(String path, String email) {
        return WebSession.api("GET", path, email, DemoData.PASSWORD);
    }

    private static HttpResponse<String> put(String path, String email, String ifMatch, String body) {
        return WebSession.anonymous().callApi("PUT", path, email, DemoData.PASSWORD, "application/json", body,
                Map.of("If-Match", ifMatch));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
