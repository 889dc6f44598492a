package org.iecmhc.lms.practicum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.demo.DemoYears;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Placements and log entries through the JSON API over the demo practicum: each role reaches what the pages show
 * it, James logs entries (María's log is the browser test's) and the cohort's faculty approve or return them.
 */
@ExtendWith(RunningApplication.class)
class PracticumApiIT {

    @Test
    void aTraineeListsOnlyTheirOwnPlacementsFacultyTheirCohortsAndAdministratorsAll() {
        List<JsonObject> james = list("/api/v1/practicum/placements", DemoPerson.TRAINEE_EN);
        assertEquals(1, james.size(), "James has one placement");
        assertEquals("James Carter", james.get(0).getString("trainee"));

        HttpResponse<String> page = get("/api/v1/practicum/placements?size=2", DemoPerson.ADMIN);
        assertEquals(200, page.statusCode(), page.body());
        long total = Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(total >= 3, "the past cohort's placements and María's and James's");
        assertTrue(page.headers().allValues("Link").stream().anyMatch(l -> l.contains("rel=\"next\"")), page.headers().toString());
        long taught = Long.parseLong(get("/api/v1/practicum/placements", DemoPerson.FACULTY).headers()
                .firstValue("X-Total-Count").orElseThrow());
        assertTrue(taught >= 3 && taught <= total, "the demo faculty member teaches both demo cohorts");
        assertTrue(list("/api/v1/practicum/placements?size=500", DemoPerson.FACULTY_CONSULTANT).stream()
                .noneMatch(p -> p.getString("trainee").equals("Ana García")), "he teaches the active cohort only");
        assertEquals(List.of(), list("/api/v1/practicum/placements?status=ENDED_EARLY", DemoPerson.TRAINEE_EN));
        assertProblem(get("/api/v1/practicum/placements?status=LOST", DemoPerson.ADMIN), 400, "status");
    }

    @Test
    void onePlacementHasAnETagAndIsNotFoundForAnotherTrainee() {
        JsonObject mine = list("/api/v1/practicum/placements", DemoPerson.TRAINEE_EN).get(0);
        String address = "/api/v1/practicum/placements/" + mine.getInt("id");
        HttpResponse<String> one = get(address, DemoPerson.TRAINEE_EN);
        assertEquals(200, one.statusCode(), one.body());
        String etag = one.headers().firstValue("ETag").orElseThrow();
        assertEquals(mine, json(one.body()));
        assertEquals(304, call("GET", address, DemoPerson.TRAINEE_EN, null, Map.of("If-None-Match", etag)).statusCode());
        assertEquals(404, get(address, DemoPerson.TRAINEE).statusCode(), "María");
        assertEquals(200, get(address, DemoPerson.FACULTY).statusCode());
        assertEquals(404, get("/api/v1/practicum/placements/" + anasPlacement(), DemoPerson.FACULTY_CONSULTANT).statusCode(),
                "he teaches the active cohort, not the past one");
    }

    @Test
    void entriesAreFilteredByStatusTraineeAndDaysAndBadFiltersAreNamed() {
        List<JsonObject> returned = list("/api/v1/practicum/entries?status=RETURNED&size=500", DemoPerson.FACULTY);
        assertEquals(Set.of("RETURNED"), returned.stream().map(e -> e.getString("status")).collect(Collectors.toSet()));
        assertTrue(returned.stream().allMatch(e -> !e.getString("reviewComment").isBlank()));
        long jamesId = returned.stream().filter(e -> e.getString("trainee").equals("James Carter")).findFirst()
                .orElseThrow().getInt("traineeId");

        List<JsonObject> his = list("/api/v1/practicum/entries?size=500&trainee=" + jamesId, DemoPerson.ADMIN);
        assertFalse(his.isEmpty());
        assertTrue(his.stream().allMatch(e -> e.getInt("traineeId") == jamesId));
        LocalDate from = LocalDate.parse(his.get(his.size() - 1).getString("loggedOn"));
        LocalDate to = from.plusDays(7);
        List<JsonObject> week = list("/api/v1/practicum/entries?trainee=" + jamesId + "&from=" + from + "&to=" + to,
                DemoPerson.ADMIN);
        assertTrue(!week.isEmpty() && week.stream().map(e -> LocalDate.parse(e.getString("loggedOn")))
                .allMatch(d -> !d.isBefore(from) && !d.isAfter(to)), week.toString());

        assertTrue(list("/api/v1/practicum/entries?size=500", DemoPerson.TRAINEE).stream()
                .allMatch(e -> e.getString("trainee").equals("María López")), "a trainee reads only their own");
        assertEquals(List.of(), list("/api/v1/practicum/entries?trainee=" + jamesId, DemoPerson.TRAINEE));
        HttpResponse<String> bad = get("/api/v1/practicum/entries?status=LOST&from=2026-02-30", DemoPerson.ADMIN);
        assertProblem(bad, 400, "status", "from");
    }

    @Test
    void aTraineeLogsAnEntryWithEveryBadFieldNamedAndFacultyApproveItWithItsVersion() {
        long placement = list("/api/v1/practicum/placements", DemoPerson.TRAINEE_EN).get(0).getInt("id");
        assertProblem(post("/api/v1/practicum/entries", DemoPerson.TRAINEE_EN, "{\"placementId\": " + placement
                + ", \"loggedOn\": \"2026-02-30\", \"startsAt\": \"25:00\", \"minutes\": 2000, \"activity\": \"NAP\"}"),
                400, "loggedOn", "startsAt", "minutes", "activity");
        assertProblem(post("/api/v1/practicum/entries", DemoPerson.TRAINEE_EN, entry(placement,
                DemoYears.now().today().plusDays(1), "22:00")), 422, "loggedOn");
        assertEquals(404, post("/api/v1/practicum/entries", DemoPerson.TRAINEE, entry(placement,
                DemoYears.now().today().minusDays(2), "22:00")).statusCode(), "María cannot log on James's placement");
        assertEquals(403, post("/api/v1/practicum/entries", DemoPerson.FACULTY, entry(placement,
                DemoYears.now().today().minusDays(2), "22:00")).statusCode());

        HttpResponse<String> created = post("/api/v1/practicum/entries", DemoPerson.TRAINEE_EN,
                entry(placement, DemoYears.now().today().minusDays(2), "22:00"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject entry = json(created.body());
        assertEquals("SUBMITTED", entry.getString("status"));
        assertEquals("22:00", entry.getString("startsAt"));
        String address = "/api/v1/practicum/entries/" + entry.getInt("id");
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(address));

        String etag = get(address, DemoPerson.FACULTY).headers().firstValue("ETag").orElseThrow();
        assertEquals(403, call("POST", address + "/approval", DemoPerson.TRAINEE_EN, null, Map.of()).statusCode());
        long anasEntry = list("/api/v1/practicum/entries?size=1&placement=" + anasPlacement(), DemoPerson.ADMIN).get(0).getInt("id");
        assertEquals(404, call("POST", "/api/v1/practicum/entries/" + anasEntry + "/return", DemoPerson.FACULTY_CONSULTANT,
                "{\"comment\": \"Not mine to review.\"}", Map.of()).statusCode(), "an entry of a cohort he does not teach");
        HttpResponse<String> stale = call("POST", address + "/approval", DemoPerson.FACULTY, null, Map.of("If-Match", "\"999\""));
        assertProblem(stale, 412);
        HttpResponse<String> approved = call("POST", address + "/approval", DemoPerson.FACULTY, null, Map.of("If-Match", etag));
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", json(approved.body()).getString("status"));
        assertFalse(etag.equals(approved.headers().firstValue("ETag").orElseThrow()), "a new version");
        assertProblem(call("POST", address + "/approval", DemoPerson.FACULTY, null, Map.of()), 422);
    }

    @Test
    void facultyReturnAnEntryWithAReasonOnly() {
        long placement = list("/api/v1/practicum/placements", DemoPerson.TRAINEE_EN).get(0).getInt("id");
        HttpResponse<String> created = post("/api/v1/practicum/entries", DemoPerson.TRAINEE_EN,
                entry(placement, DemoYears.now().today().minusDays(3), "22:30"));
        assertEquals(201, created.statusCode(), created.body());
        String address = "/api/v1/practicum/entries/" + json(created.body()).getInt("id") + "/return";

        assertProblem(post(address, DemoPerson.FACULTY, "{}"), 400, "comment");
        assertProblem(post(address, DemoPerson.FACULTY, "{\"comment\": \"  \"}"), 422, "comment");
        HttpResponse<String> returned = post(address, DemoPerson.FACULTY, "{\"comment\": \"Which classroom was it?\"}");
        assertEquals(200, returned.statusCode(), returned.body());
        assertEquals("RETURNED", json(returned.body()).getString("status"));
        assertEquals("Which classroom was it?", json(returned.body()).getString("reviewComment"));
    }

    @Test
    void anEntrySentAgainWithItsIdempotencyKeyIsLoggedOnce() {
        long placement = list("/api/v1/practicum/placements", DemoPerson.TRAINEE_EN).get(0).getInt("id");
        String body = entry(placement, DemoYears.now().today().minusDays(4), "23:00");
        Map<String, String> key = Map.of("Idempotency-Key", "practicum-api-it-" + System.nanoTime());
        HttpResponse<String> first = call("POST", "/api/v1/practicum/entries", DemoPerson.TRAINEE_EN, body, key);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> again = call("POST", "/api/v1/practicum/entries", DemoPerson.TRAINEE_EN, body, key);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(json(first.body()).getInt("id"), json(again.body()).getInt("id"));
    }

    @Test
    void aTokenThatOnlyReadsHoursCannotLogAnEntry() {
        HttpResponse<String> token = post("/api/v1/tokens", DemoPerson.TRAINEE_EN, "{\"name\": \"practicum reader\","
                + " \"scopes\": [\"hours:read\"], \"expiresOn\": \"" + DemoYears.now().today().plusDays(30) + "\"}");
        assertEquals(201, token.statusCode(), token.body());
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + json(token.body()).getString("token"));
        assertEquals(200, WebSession.anonymous().callApi("GET", "/api/v1/practicum/entries", null, null, null, null, bearer)
                .statusCode());
        HttpResponse<String> write = WebSession.anonymous().callApi("POST", "/api/v1/practicum/entries", null, null,
                "application/json", "{}", bearer);
        assertEquals(403, write.statusCode());
        assertEquals("this token's scopes do not include hours:write", json(write.body()).getString("detail"));
    }

    private static long anasPlacement() {
        return list("/api/v1/practicum/placements?size=500", DemoPerson.ADMIN).stream()
                .filter(p -> p.getString("trainee").equals("Ana García")).findFirst().orElseThrow().getInt("id");
    }

    private static String entry(long placement, LocalDate day, String startsAt) {
        return "{\"placementId\": " + placement + ", \"loggedOn\": \"" + day + "\", \"startsAt\": \"" + startsAt
                + "\", \"minutes\": 20, \"activity\": \"OBSERVATION\", \"note\": \"Evening family event.\"}";
    }

    private static void assertProblem(HttpResponse<String> response, int status, String... fields) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        if (fields.length > 0) {
            Set<String> named = json(response.body()).getJsonArray("errors").stream()
                    .map(JsonValue::asJsonObject).map(e -> e.getString("field")).collect(Collectors.toSet());
            assertEquals(Set.of(fields), named, response.body());
        }
    }

    private static List<JsonObject> list(String path, DemoPerson person) {
        HttpResponse<String> response = get(path, person);
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
    }

    private static HttpResponse<String> get(String path, DemoPerson person) {
        return WebSession.api("GET", path, person.email(), DemoData.PASSWORD);
    }

    private static HttpResponse<String> post(String path, DemoPerson person, String body) {
        return WebSession.api("POST", path, person.email(), DemoData.PASSWORD, "application/json", body);
    }

    private static HttpResponse<String> call(String method, String path, DemoPerson person, String body,
                                             Map<String, String> headers) {
        return WebSession.anonymous().callApi(method, path, person.email(), DemoData.PASSWORD,
                body == null ? null : "application/json", body, headers);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
