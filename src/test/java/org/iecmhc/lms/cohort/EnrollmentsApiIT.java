package org.iecmhc.lms.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A cohort's enrollments through the JSON API: enrol (idempotent), list a page at a time, read with an ETag, move
 * along the lifecycle with If-Match, by the enrollment page's rules; administrators only.
 */
@ExtendWith(RunningApplication.class)
class EnrollmentsApiIT {

    private static final String ADMIN = DemoPerson.ADMIN.email();

    @Test
    void anAdministratorEnrolsOnceListsAndReadsAnEnrollment() {
        long cohort = cohort();
        String base = "/api/v1/cohorts/" + cohort + "/enrollments";
        String key = UUID.randomUUID().toString();
        String applicant = "{\"email\":\"" + email("applicant") + "\",\"firstName\":\"Ana\",\"lastName\":\"Api\","
                + "\"language\":\"es\",\"status\":\"APPLIED\"}";
        HttpResponse<String> created = admin("POST", base, applicant, Map.of("Idempotency-Key", key));
        JsonObject enrollment = object(created, 201);
        assertEquals("APPLIED", enrollment.getString("status"));
        assertEquals(cohort, enrollment.getJsonNumber("cohortId").longValue());
        assertFalse(enrollment.containsKey("enrolledOn"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(base + "/" + enrollment.getInt("id")));
        HttpResponse<String> replayed = admin("POST", base, applicant, Map.of("Idempotency-Key", key));
        assertEquals(created.body(), replayed.body());
        assertEquals("true", replayed.headers().firstValue("Idempotent-Replayed").orElse(""));

        String enrolledEmail = email("enrolled");
        JsonObject enrolled = object(admin("POST", base, "{\"email\":\"" + enrolledEmail + "\",\"firstName\":\"Bo\","
                + "\"lastName\":\"Api\"}", Map.of()), 201);
        assertEquals("ENROLLED", enrolled.getString("status"));
        assertEquals("2030-09-01", enrolled.getString("enrolledOn"), "from the cohort's start by default");

        JsonObject twice = object(admin("POST", base, applicant, Map.of()), 422);
        assertEquals("email", twice.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(List.of("email", "status", "enrolledOn"), fields(object(admin("POST", base,
                "{\"email\":1,\"status\":\"DONE\",\"enrolledOn\":\"soon\"}", Map.of()), 400)));
        assertEquals(List.of("status"), fields(object(admin("POST", base,
                "{\"email\":\"x@example.org\",\"status\":\"WITHDRAWN\"}", Map.of()), 400)));
        assertEquals(List.of("enrolledOn"), fields(object(admin("POST", base, "{\"email\":\"" + email("late")
                + "\",\"firstName\":\"C\",\"lastName\":\"D\",\"enrolledOn\":\"2031-08-01\"}", Map.of()), 422)));

        HttpResponse<String> page = admin("GET", base + "?size=1", null, Map.of());
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("2", page.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(1, array(page.body()).size());
        assertTrue(String.join(",", page.headers().allValues("Link")).contains("rel=\"next\""));
        assertEquals(1, array(admin("GET", base + "?q=" + enrolledEmail, null, Map.of()).body()).size());
        HttpResponse<String> applicants = admin("GET", base + "?status=APPLIED", null, Map.of());
        assertEquals(List.of("APPLIED"), array(applicants.body()).getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("status")).toList());
        assertEquals("1", applicants.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(List.of("status"), fields(object(admin("GET", base + "?status=LOST", null, Map.of()), 400)));

        HttpResponse<String> one = admin("GET", base + "/" + enrolled.getInt("id"), null, Map.of());
        assertEquals(200, one.statusCode());
        assertTrue(one.headers().firstValue("ETag").isPresent());
        object(admin("GET", "/api/v1/cohorts/1/enrollments/" + enrolled.getInt("id"), null, Map.of()), 404);
        object(admin("GET", "/api/v1/cohorts/99999999/enrollments", null, Map.of()), 404);
    }

    @Test
    void anEnrollmentMovesAlongItsLifecycleByThePagesRulesWithIfMatch() {
        long cohort = cohort();
        String base = "/api/v1/cohorts/" + cohort + "/enrollments";
        long id = object(admin("POST", base, "{\"email\":\"" + email("moves") + "\",\"firstName\":\"Eva\","
                + "\"lastName\":\"Api\",\"status\":\"APPLIED\"}", Map.of()), 201).getJsonNumber("id").longValue();
        String path = base + "/" + id;
        String tag = admin("GET", path, null, Map.of()).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> accepted = admin("PUT", path, "{\"status\":\"ENROLLED\",\"enrolledOn\":\"2030-10-01\"}",
                Map.of("If-Match", tag));
        JsonObject enrolled = object(accepted, 200);
        assertEquals("ENROLLED", enrolled.getString("status"));
        assertEquals("2030-10-01", enrolled.getString("enrolledOn"));
        String newer = accepted.headers().firstValue("ETag").orElseThrow();

        JsonObject stale = object(admin("PUT", path, "{\"status\":\"WITHDRAWN\",\"withdrawnOn\":\"2030-11-01\","
                + "\"reason\":\"moved\"}", Map.of("If-Match", tag)), 412);
        assertEquals("urn:iecmhc:problem:stale-version", stale.getString("type"));

        assertEquals(List.of("reason"), fields(object(admin("PUT", path, "{\"status\":\"WITHDRAWN\","
                + "\"withdrawnOn\":\"2030-11-01\"}", Map.of("If-Match", newer)), 422)));
        JsonObject completed = object(admin("PUT", path, "{\"status\":\"COMPLETED\"}", Map.of()), 422);
        assertTrue(completed.getString("detail").contains("certificate"), completed.toString());
        assertEquals(List.of("status"), fields(object(admin("PUT", path, "{\"status\":\"PAUSED\"}", Map.of()), 400)));
        assertEquals(List.of("endedOn"), fields(object(admin("PUT", path, "{\"status\":\"NOT_COMPLETED\","
                + "\"endedOn\":\"2030-12-01\"}", Map.of()), 422)), "not in the future");

        JsonObject withdrawn = object(admin("PUT", path, "{\"status\":\"WITHDRAWN\",\"withdrawnOn\":\"2030-11-01\","
                + "\"reason\":\"Moved away\"}", Map.of("If-Match", newer)), 200);
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals("2030-11-01", withdrawn.getString("withdrawnOn"));
        assertFalse(withdrawn.containsKey("reason"), "the reason typed about a person stays on the page");
        object(admin("PUT", base + "/99999999", "{\"status\":\"ENROLLED\"}", Map.of()), 404);
    }

    @Test
    void onlyAdministratorsReachEnrollments() {
        for (DemoPerson other : List.of(DemoPerson.TRAINEE, DemoPerson.FACULTY, DemoPerson.HELPLINE)) {
            assertEquals(403, WebSession.api("GET", "/api/v1/cohorts/1/enrollments", other.email(), DemoData.PASSWORD)
                    .statusCode());
            assertEquals(403, WebSession.api("POST", "/api/v1/cohorts/1/enrollments", other.email(), DemoData.PASSWORD,
                    "application/json", "{}").statusCode());
        }
    }

    private static long cohort() {
        String name = "API30 " + UUID.randomUUID().toString().substring(0, 8);
        return object(admin("POST", "/api/v1/cohorts", "{\"name\":\"" + name + "\",\"startDate\":\"2030-09-01\","
                + "\"endDate\":\"2031-06-30\",\"language\":\"bilingual\",\"capacity\":5}", Map.of()), 201)
                .getJsonNumber("id").longValue();
    }

    private static String email(String who) {
        return "api30." + who + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
    }

    static HttpResponse<String> admin(String method, String path, String body, Map<String, String> headers) {
        return WebSession.anonymous().callApi(method, path, ADMIN, DemoData.PASSWORD,
                body == null ? null : "application/json", body, headers);
    }

    static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .toList();
    }

    static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}
