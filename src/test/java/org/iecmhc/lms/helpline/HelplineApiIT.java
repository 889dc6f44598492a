package org.iecmhc.lms.helpline;

import static org.iecmhc.lms.testsupport.ApiCalls.call;
import static org.iecmhc.lms.testsupport.ApiCalls.fields;
import static org.iecmhc.lms.testsupport.ApiCalls.object;
import static org.iecmhc.lms.testsupport.ApiCalls.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.ApiCalls;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /api/v1/helpline/calls: a CSV body imported all or nothing, in one request even for 100,000 lines; one call recorded
 * from JSON, read with its ETag, listed by filters and corrected under If-Match, with the page's rules.
 */
@ExtendWith(RunningApplication.class)
class HelplineApiIT {

    private static final String HEADER = "received_at,duration_minutes,caller_role,caller_key,county,language,topics,consultation_recommended\n";

    @Test
    void aFileWithBadLinesIsRefusedWithEveryLineNamed() {
        String csv = HEADER + "2023-10-02T09:15,20,CENTER_STAFF,k1,Fresno,es,biting,yes\n"
                + "2023-10-02T10:15,500,CENTER_STAFF,k2,Arizona,es,biting,yes\n"
                + "2023-10-02T11:15,20,NOBODY,k3,Fresno,xx,biting,yes\n";
        HttpResponse<String> response = post(csv, DemoPerson.HELPLINE);
        assertEquals(422, response.statusCode(), response.body());
        JsonArray errors = Json.createReader(new StringReader(response.body())).readObject().getJsonArray("errors");
        assertEquals(4, errors.size(), response.body());
        assertEquals(3, errors.getJsonObject(0).getInt("line"));
        assertTrue(errors.getJsonObject(0).getString("message").contains("500"));
        assertEquals(4, errors.getJsonObject(3).getInt("line"));
    }

    @Test
    void aHundredThousandCallsImportInOneRequest() {
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDateTime start = LocalDateTime.of(2021, 7, 1, 8, 0);
        for (int i = 0; i < 100_000; i++) {
            csv.append(start.plusMinutes(5L * i)).append(',').append(1 + i % 120).append(",FCC_PROVIDER,api-").append(i % 5000)
                    .append(",Los Angeles,en,separation;sleep,").append(i % 2 == 0 ? "yes" : "no").append('\n');
        }
        long began = System.nanoTime();
        HttpResponse<String> response = post(csv.toString(), DemoPerson.ADMIN);
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.printf("POST /api/v1/helpline/calls with 100,000 lines (%,d bytes): HTTP %d in %d ms%n",
                csv.length(), response.statusCode(), millis);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(100_000, body.getInt("imported"));
    }

    @Test
    void onlyHelplineStaffAndAdministratorsMayImport() {
        assertEquals(403, post(HEADER, DemoPerson.CONSULTANT).statusCode());
        assertEquals(403, post(HEADER, DemoPerson.TRAINEE).statusCode());
        assertEquals(401, WebSession.api("POST", "/api/v1/helpline/calls", null, null, "text/csv", HEADER).statusCode());
    }

    @Test
    void aCallRecordedAsJsonIsReadListedByItsFiltersAndCorrectedUnderIfMatch() {
        String key = "api-json-" + UUID.randomUUID();
        HttpResponse<String> created = call("POST", "/api/v1/helpline/calls", DemoPerson.HELPLINE,
                body("2025-03-04T10:15", 25, "ffn_caregiver", key, "Alpine"), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject call = object(created.body());
        long id = call.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/helpline/calls/" + id));
        assertEquals("2025-03-04T10:15", call.getString("receivedAt"), "California wall clock, as sent");
        assertEquals("06003", call.getString("county"));
        assertEquals("ffn_caregiver", call.getString("callerRole"));

        HttpResponse<String> listed = call("GET", "/api/v1/helpline/calls?from=2025-03-04&to=2025-03-04&county=06003"
                + "&callerRole=FFN_CAREGIVER&size=500", DemoPerson.ADMIN, null, Map.of());
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(ids(listed).contains(id), listed.body());
        assertTrue(Long.parseLong(listed.headers().firstValue("X-Total-Count").orElseThrow()) >= 1);
        assertTrue(String.join(",", listed.headers().allValues("Link")).contains("rel=\"last\""));
        HttpResponse<String> otherRole = call("GET", "/api/v1/helpline/calls?from=2025-03-04&to=2025-03-04"
                + "&callerRole=center_staff&county=Alpine&size=500", DemoPerson.HELPLINE, null, Map.of());
        assertFalse(ids(otherRole).contains(id));

        HttpResponse<String> read = call("GET", "/api/v1/helpline/calls/" + id, DemoPerson.HELPLINE, null, Map.of());
        assertEquals(200, read.statusCode(), read.body());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> corrected = call("PUT", "/api/v1/helpline/calls/" + id, DemoPerson.HELPLINE,
                body("2025-03-04T10:15", 40, "ffn_caregiver", key, "06003"), Map.of("If-Match", etag));
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(40, object(corrected.body()).getInt("durationMinutes"));
        assertNotEquals(etag, corrected.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> stale = call("PUT", "/api/v1/helpline/calls/" + id, DemoPerson.HELPLINE,
                body("2025-03-04T10:15", 5, "ffn_caregiver", key, "06003"), Map.of("If-Match", etag));
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(40, object(call("GET", "/api/v1/helpline/calls/" + id, DemoPerson.HELPLINE, null, Map.of()).body())
                .getInt("durationMinutes"), "the stale correction changed nothing");
        assertEquals(404, call("PUT", "/api/v1/helpline/calls/99999999", DemoPerson.HELPLINE,
                body("2025-03-04T10:15", 5, "ffn_caregiver", key, "06003"), Map.of()).statusCode());
    }

    @Test
    void badCallsAreRefusedWithTheirFieldsAndACreateIsDoneOnceForItsKey() {
        HttpResponse<String> malformed = call("POST", "/api/v1/helpline/calls", DemoPerson.HELPLINE,
                "{\"receivedAt\": \"yesterday\", \"durationMinutes\": 500, \"callerRole\": \"NOBODY\", \"language\": \"fr\","
                        + " \"topicIds\": [\"biting\"]}", Map.of());
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals(List.of("receivedAt", "durationMinutes", "callerRole", "county", "language", "topicIds"),
                fields(malformed));
        HttpResponse<String> future = call("POST", "/api/v1/helpline/calls", DemoPerson.HELPLINE,
                body(LocalDateTime.now().plusDays(3).withNano(0).withSecond(0).toString(), 10, "other", null, "Fresno"), Map.of());
        assertEquals(422, future.statusCode(), future.body());
        assertEquals(List.of("receivedAt"), fields(future));
        HttpResponse<String> narnia = call("POST", "/api/v1/helpline/calls", DemoPerson.HELPLINE,
                body("2025-03-04T11:00", 10, "other", null, "Narnia"), Map.of());
        assertEquals(422, narnia.statusCode(), narnia.body());
        assertEquals(List.of("county"), fields(narnia));
        assertEquals(400, call("GET", "/api/v1/helpline/calls?from=March&callerRole=x", DemoPerson.HELPLINE, null,
                Map.of()).statusCode());

        String key = UUID.randomUUID().toString();
        String request = body("2025-03-05T09:00", 12, "center_staff", "api-once-" + key, "Fresno");
        HttpResponse<String> first = call("POST", "/api/v1/helpline/calls", DemoPerson.ADMIN, request, Map.of("Idempotency-Key", key));
        HttpResponse<String> again = call("POST", "/api/v1/helpline/calls", DemoPerson.ADMIN, request, Map.of("Idempotency-Key", key));
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(object(first.body()).getInt("id"), object(again.body()).getInt("id"));
    }

    @Test
    void onlyHelplineStaffAndAdministratorsReadCallsAndAServicesReadTokenCannotRecordOne() {
        assertEquals(403, call("GET", "/api/v1/helpline/calls", DemoPerson.CONSULTANT, null, Map.of()).statusCode());
        assertEquals(403, call("GET", "/api/v1/helpline/calls/1", DemoPerson.FACULTY, null, Map.of()).statusCode());
        assertEquals(403, call("POST", "/api/v1/helpline/calls", DemoPerson.TRAINEE,
                body("2025-03-04T10:15", 25, "other", null, "Fresno"), Map.of()).statusCode());
        HttpResponse<String> token = call("POST", "/api/v1/tokens", DemoPerson.HELPLINE, "{\"name\": \"calls reader "
                + UUID.randomUUID() + "\", \"scopes\": [\"services:read\"], \"expiresOn\": \""
                + LocalDate.now().plusDays(20) + "\"}", Map.of());
        assertEquals(201, token.statusCode(), token.body());
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + object(token.body()).getString("token"));
        assertEquals(200, WebSession.anonymous().callApi("GET", "/api/v1/helpline/calls?size=1", null, null, null, null,
                bearer).statusCode());
        HttpResponse<String> write = WebSession.anonymous().callApi("POST", "/api/v1/helpline/calls", null, null,
                "application/json", body("2025-03-04T10:15", 25, "other", null, "Fresno"), bearer);
        assertEquals(403, write.statusCode(), write.body());
    }

    private static String body(String receivedAt, int minutes, String role, String callerKey, String county) {
        return "{\"receivedAt\": \"" + receivedAt + "\", \"durationMinutes\": " + minutes + ", \"callerRole\": \"" + role
                + "\", " + (callerKey == null ? "" : "\"callerKey\": \"" + callerKey + "\", ") + "\"county\": \"" + county
                + "\", \"language\": \"es\", \"consultationRecommended\": true, \"followUpNeeded\": false}";
    }

    private static List<Long> ids(HttpResponse<String> response) {
        return rows(response).stream().map(ApiCalls::id).toList();
    }

    private static HttpResponse<String> post(String csv, DemoPerson person) {
        return WebSession.api("POST", "/api/v1/helpline/calls", person.email(), DemoData.PASSWORD, "text/csv", csv);
    }
}
