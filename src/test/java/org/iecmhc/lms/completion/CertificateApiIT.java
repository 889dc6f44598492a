package org.iecmhc.lms.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The past demo cohort's certificates through the JSON API: listed, read by their trainee, verified by anyone. */
@ExtendWith(RunningApplication.class)
class CertificateApiIT {

    private static final String ANA = "ana.garcia@demo.iecmhc.org";

    @Test
    void administratorsListACohortsCertificatesAPageAtATime() {
        String address = "/api/v1/certificates?size=2&cohort=" + CompletionApiIT.pastCohortId();
        HttpResponse<String> page = get(address, DemoPerson.ADMIN.email());
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("5", page.headers().firstValue("X-Total-Count").orElseThrow(), "the five who completed");
        List<JsonObject> rows = array(page.body());
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getString("code").matches("[2-9A-HJ-NP-Z]{12}"));
        assertEquals(403, get(address, DemoPerson.FACULTY.email()).statusCode());
        assertEquals(403, get(address, ANA).statusCode());
        HttpResponse<String> noCohort = get("/api/v1/certificates", DemoPerson.ADMIN.email());
        assertEquals(400, noCohort.statusCode());
        assertTrue(noCohort.body().contains("\"field\":\"cohort\""), noCohort.body());
    }

    @Test
    void aCertificateIsReadByItsTraineeAndAnAdministratorAndItsCodeVerifiedByAnyone() {
        JsonObject ana = anas();
        String address = "/api/v1/certificates/" + ana.getInt("enrollmentId");
        HttpResponse<String> own = get(address, ANA);
        assertEquals(200, own.statusCode(), own.body());
        JsonObject certificate = json(own.body());
        assertEquals(ana.getString("certificateCode"), certificate.getString("code"));
        assertEquals("Ana García", certificate.getString("traineeName"));
        assertTrue(certificate.getJsonNumber("practicumHours").doubleValue() >= 60);
        assertEquals(200, get(address, DemoPerson.ADMIN.email()).statusCode());
        assertEquals(404, get(address, "brian.walker@demo.iecmhc.org").statusCode());

        HttpResponse<String> verified = WebSession.api("GET", "/api/v1/certificates/verification/" + ana.getString("certificateCode"),
                null, null);
        assertEquals(200, verified.statusCode(), verified.body());
        JsonObject proof = json(verified.body());
        assertTrue(Set.of("VALID", "EXPIRED").contains(proof.getString("status")), proof.toString());
        assertEquals("Ana García", proof.getJsonObject("certificate").getString("traineeName"));
        assertFalse(proof.getJsonObject("certificate").containsKey("practicumHours"), "the public page shows no figures");
        assertEquals("UNKNOWN", json(WebSession.api("GET", "/api/v1/certificates/verification/ZZZZZZZZZZZZ", null, null)
                .body()).getString("status"));
    }

    @Test
    void confirmingCompletionIsRefusedForBadInputAndForATraineeWhoIsNotEligible() {
        HttpResponse<String> bad = post("{\"enrollmentId\": \"three\", \"completedOn\": \"2026-02-30\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("\"field\":\"enrollmentId\"") && bad.body().contains("\"field\":\"completedOn\""));
        assertEquals(404, post("{\"enrollmentId\": 999999}").statusCode());
        HttpResponse<String> board = get("/api/v1/cohorts/" + CompletionApiIT.pastCohortId() + "/completion?size=500",
                DemoPerson.ADMIN.email());
        JsonObject denise = array(board.body()).stream().filter(r -> r.getString("traineeName").equals("Denise Johnson"))
                .findFirst().orElseThrow();
        HttpResponse<String> refused = post("{\"enrollmentId\": " + denise.getInt("enrollmentId") + "}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(json(refused.body()).getString("detail").startsWith("This trainee has not met every requirement"));
        assertEquals(403, WebSession.api("POST", "/api/v1/certificates", ANA, DemoData.PASSWORD, "application/json",
                "{\"enrollmentId\": " + denise.getInt("enrollmentId") + "}").statusCode());
    }

    private static JsonObject anas() {
        return array(get("/api/v1/cohorts/" + CompletionApiIT.pastCohortId() + "/completion?size=500",
                DemoPerson.ADMIN.email()).body()).stream()
                .filter(r -> r.getString("traineeName").equals("Ana García")).findFirst().orElseThrow();
    }

    private static HttpResponse<String> post(String body) {
        return WebSession.api("POST", "/api/v1/certificates", DemoPerson.ADMIN.email(), DemoData.PASSWORD,
                "application/json", body);
    }

    private static HttpResponse<String> get(String path, String email) {
        return WebSession.api("GET", path, email, DemoData.PASSWORD);
    }

    private static List<JsonObject> array(String body) {
        return Json.createReader(new StringReader(body)).readArray().getValuesAs(JsonObject.class);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
