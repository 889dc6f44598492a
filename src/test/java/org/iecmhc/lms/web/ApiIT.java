package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;

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
}
