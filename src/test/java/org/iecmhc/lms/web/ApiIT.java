package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JSON API with HTTP Basic, its OpenAPI description and the health endpoint, on MariaDB. */
@ExtendWith(RunningApplication.class)
class ApiIT {

    @Test
    void meDescribesTheCaller() {
        HttpResponse<String> response = WebSession.api("GET", "/api/v1/me", DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
        assertEquals(200, response.statusCode());
        JsonObject me = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("mentor@demo.iecmhc.org", me.getString("email"));
        assertEquals("David Chen", me.getString("name"));
        assertEquals("en", me.getString("language"));
        assertEquals(Json.createArrayBuilder().add("CONSULTANT").add("FACULTY").build(), me.getJsonArray("roles"));
    }

    @Test
    void wrongOrMissingCredentialsAreChallengedAndNoSessionIsCreated() {
        HttpResponse<String> anonymous = WebSession.api("GET", "/api/v1/me", null, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = WebSession.api("GET", "/api/v1/me", DemoPerson.HELPLINE.email(), "wrong password");
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> right = WebSession.api("GET", "/api/v1/me", DemoPerson.HELPLINE.email(), DemoData.PASSWORD);
        assertTrue(right.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "the API is stateless");
    }

    @Test
    void everyRefusalIsAProblemDetailWithTheSecurityHeaders() {
        String admin = DemoPerson.ADMIN.email();
        assertRefusal(401, WebSession.api("GET", "/api/v1/me", null, null), "no credentials");
        assertRefusal(401, WebSession.api("GET", "/api/v1/me", admin, "wrong password"), "wrong password");
        assertRefusal(401, WebSession.api("GET", "/api/v1/no-such-thing", null, null), "no credentials, unknown address");
        assertRefusal(403, WebSession.api("GET", "/api/v1/cohorts", DemoPerson.TRAINEE_EN.email(), DemoData.PASSWORD),
                "a trainee lists cohorts");
        assertRefusal(404, WebSession.api("GET", "/api/v1/no-such-thing", admin, DemoData.PASSWORD), "unknown address");
        assertRefusal(404, WebSession.api("GET", "/api/no-such-version", admin, DemoData.PASSWORD), "outside the version");
        assertRefusal(404, WebSession.api("GET", "/api/v1/cohorts/999999", admin, DemoData.PASSWORD), "unknown id");
        assertRefusal(405, WebSession.api("DELETE", "/api/v1/me", admin, DemoData.PASSWORD), "wrong method");
        for (String malformed : List.of("/api/v1/cohorts/abc", "/api/v1/cohorts/99999999999999999999",
                "/api/v1/supervision/sessions?cohort=abc")) {
            assertRefusal(400, WebSession.api("GET", malformed, admin, DemoData.PASSWORD), malformed);
        }
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        HttpResponse<String> openapi = WebSession.anonymous().get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/me"));
        assertTrue(openapi.body().contains("scheme: basic"));
    }

    @Test
    void healthReportsTheDatabase() {
        HttpResponse<String> health = WebSession.anonymous().get("/health");
        assertEquals(200, health.statusCode());
        JsonObject body = Json.createReader(new StringReader(health.body())).readObject();
        assertEquals("UP", body.getString("status"));
        JsonObject database = body.getJsonArray("checks").getJsonObject(0);
        assertEquals("database", database.getString("name"));
        assertEquals("MySQL", database.getJsonObject("data").getString("product"));
    }

    private static void assertRefusal(int status, HttpResponse<String> answer, String what) {
        assertEquals(status, answer.statusCode(), what + ": " + answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0], what);
        JsonObject body = Json.createReader(new StringReader(answer.body())).readObject();
        assertFalse(body.getString("detail").isBlank(), what);
        assertEquals(status, body.getInt("status"), what);
        assertFalse(body.getString("title").isBlank(), what);
        assertEquals("about:blank", body.getString("type"), what);
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals(List.of("DENY"), answer.headers().allValues("X-Frame-Options"), what);
        assertEquals("strict-origin-when-cross-origin", answer.headers().firstValue("Referrer-Policy").orElse(""), what);
        assertEquals(List.of("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
                answer.headers().allValues("Content-Security-Policy"), what);
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), what);
    }
}
