package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The conventions every call of the API follows: paging, ETag and If-Match, Idempotency-Key, problem details. */
@ExtendWith(RunningApplication.class)
class ApiConventionsIT {

    private static final String ADMIN = DemoPerson.ADMIN.email();
    private static final String PROBLEM = "application/problem+json";

    @Test
    void listsArePagedWithTheTotalAndLinksToTheOtherPages() {
        create("Paged A " + UUID.randomUUID().toString().substring(0, 8), Map.of());
        create("Paged B " + UUID.randomUUID().toString().substring(0, 8), Map.of());
        HttpResponse<String> second = call("GET", "/api/v1/cohorts?size=1&page=1", null, Map.of());
        assertEquals(200, second.statusCode(), second.body());
        long total = Long.parseLong(second.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(total >= 3, "the demo cohorts and two new ones: " + total);
        assertEquals(1, ((JsonArray) json(second.body())).size());
        String links = String.join(", ", second.headers().allValues("Link"));
        assertLink(links, "first", 0);
        assertLink(links, "prev", 0);
        assertLink(links, "next", 2);
        assertLink(links, "last", total - 1);

        HttpResponse<String> tooLarge = call("GET", "/api/v1/cohorts?size=501", null, Map.of());
        JsonObject problem = problem(400, tooLarge);
        assertEquals("page is a whole number from 0 and size one from 1 to 500", problem.getString("detail"));
        assertEquals("size", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        problem(400, call("GET", "/api/v1/supervision/sessions?page=x", null, Map.of()));
    }

    @Test
    void aChangeBuiltOnAnOlderVersionIsRefusedWith412() {
        long id = create("Versioned " + UUID.randomUUID().toString().substring(0, 8), Map.of()).getJsonNumber("id").longValue();
        HttpResponse<String> read = call("GET", "/api/v1/cohorts/" + id, null, Map.of());
        String first = read.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, call("GET", "/api/v1/cohorts/" + id, null, Map.of("If-None-Match", first)).statusCode());

        HttpResponse<String> changed = call("PUT", "/api/v1/cohorts/" + id, body("Renamed " + id, 14),
                Map.of("If-Match", first));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(14, ((JsonObject) json(changed.body())).getInt("capacity"));
        String second = changed.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(first, second);

        HttpResponse<String> stale = call("PUT", "/api/v1/cohorts/" + id, body("Lost " + id, 9), Map.of("If-Match", first));
        JsonObject problem = problem(412, stale);
        assertEquals("urn:iecmhc:problem:stale-version", problem.getString("type"));
        assertEquals(second, stale.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> now = call("GET", "/api/v1/cohorts/" + id, null, Map.of());
        assertEquals("Renamed " + id, ((JsonObject) json(now.body())).getString("name"), "the stale change did nothing");

        JsonObject invalid = problem(400, call("PUT", "/api/v1/cohorts/" + id,
                "{\"name\":\"X\",\"startDate\":\"2030-09-01\",\"endDate\":\"2031-06-30\",\"language\":\"en\","
                        + "\"capacity\":5,\"status\":\"sleeping\"}", Map.of()));
        assertEquals("status", invalid.getJsonArray("errors").getJsonObject(0).getString("field"));
        problem(404, call("PUT", "/api/v1/cohorts/99999999", body("Nobody", 5), Map.of()));
    }

    @Test
    void aCreateSentAgainWithItsKeyIsAnsweredOnceAndAnotherBodyWithTheKeyIsRefused() {
        String key = UUID.randomUUID().toString();
        String name = "Once " + key.substring(0, 8);
        HttpResponse<String> first = call("POST", "/api/v1/cohorts", body(name, 10), Map.of("Idempotency-Key", key));
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> again = call("POST", "/api/v1/cohorts", body(name, 10), Map.of("Idempotency-Key", key));
        assertEquals(201, again.statusCode(), "the first answer, not a refused duplicate name: " + again.body());
        assertEquals(first.body(), again.body());
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));

        JsonObject reused = problem(422, call("POST", "/api/v1/cohorts", body(name + " other", 10),
                Map.of("Idempotency-Key", key)));
        assertEquals("urn:iecmhc:problem:idempotency-key-reused", reused.getString("type"));
        problem(400, call("POST", "/api/v1/cohorts", body(name, 10), Map.of("Idempotency-Key", "")));

        String refusedKey = UUID.randomUUID().toString();
        problem(422, call("POST", "/api/v1/cohorts", body(name, 10), Map.of("Idempotency-Key", refusedKey)));
        HttpResponse<String> fixed = call("POST", "/api/v1/cohorts", body(name + " fixed", 10),
                Map.of("Idempotency-Key", refusedKey));
        assertEquals(201, fixed.statusCode(), "a refused request keeps no answer, so its key may be used again");
    }

    @Test
    void refusalsAreProblemDetailsAndOnlyAdministratorsChangeCohorts() {
        problem(401, WebSession.api("GET", "/api/v1/cohorts", null, null));
        problem(403, WebSession.api("GET", "/api/v1/cohorts", DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD));
        problem(404, call("GET", "/api/v1/cohorts/99999999", null, Map.of()));
        for (DemoPerson notAdministrator : List.of(DemoPerson.TRAINEE_EN, DemoPerson.FACULTY, DemoPerson.HELPLINE)) {
            problem(403, WebSession.api("PUT", "/api/v1/cohorts/1", notAdministrator.email(), DemoData.PASSWORD,
                    "application/json", body("Not theirs", 5)));
        }
        problem(401, WebSession.api("PUT", "/api/v1/cohorts/1", null, null, "application/json", body("Nobody's", 5)));
        JsonObject invalid = problem(400, call("POST", "/api/v1/cohorts", "{\"name\":\"Types\"}", Map.of()));
        assertEquals("urn:iecmhc:problem:invalid-input", invalid.getString("type"));
        assertEquals(List.of("startDate", "endDate", "language", "capacity"), invalid.getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList());
    }

    /** The link of this relation names this page, one row a page, whatever the order of the parameters. */
    private static void assertLink(String links, String rel, long page) {
        Matcher link = Pattern.compile("<([^>]*)>; rel=\"" + rel + "\"").matcher(links);
        assertTrue(link.find(), rel + " in " + links);
        List<String> parameters = List.of(link.group(1).substring(link.group(1).indexOf('?') + 1).split("&"));
        assertTrue(parameters.containsAll(List.of("page=" + page, "size=1")), rel + ": " + link.group(1));
    }

    private static JsonObject create(String name, Map<String, String> headers) {
        HttpResponse<String> created = call("POST", "/api/v1/cohorts", body(name, 10), headers);
        assertEquals(201, created.statusCode(), created.body());
        return (JsonObject) json(created.body());
    }

    private static String body(String name, int capacity) {
        return "{\"name\":\"" + name + "\",\"startDate\":\"2030-09-01\",\"endDate\":\"2031-06-30\",\"language\":\"en\","
                + "\"capacity\":" + capacity + "}";
    }

    private static HttpResponse<String> call(String method, String path, String body, Map<String, String> headers) {
        return WebSession.anonymous().callApi(method, path, ADMIN, DemoData.PASSWORD,
                body == null ? null : "application/json", body, headers);
    }

    private static JsonObject problem(int status, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse("").split(";")[0], answer.body());
        JsonObject problem = (JsonObject) json(answer.body());
        assertEquals(status, problem.getInt("status"));
        assertTrue(!problem.getString("title").isBlank() && !problem.getString("detail").isBlank(), answer.body());
        return problem;
    }

    private static JsonStructure json(String body) {
        return Json.createReader(new StringReader(body)).read();
    }
}
