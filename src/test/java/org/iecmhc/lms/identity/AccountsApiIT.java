package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts through the JSON API: the filtered list, one account with its ETag, create and invite, roles and
 * deactivation that count at the person's very next call; only administrators, and only with an accounts scope.
 */
@ExtendWith(RunningApplication.class)
class AccountsApiIT {

    private static final String ADMIN = DemoPerson.ADMIN.email();

    @Test
    void theListIsFilteredByRoleStateAndTextAndPaged() {
        HttpResponse<String> faculty = admin("GET", "/api/v1/accounts?role=FACULTY&active=true", null, Map.of());
        assertEquals(200, faculty.statusCode(), faculty.body());
        List<JsonObject> rows = array(faculty.body()).getValuesAs(JsonObject.class);
        List<String> emails = rows.stream().map(a -> a.getString("email")).toList();
        assertTrue(emails.containsAll(List.of(DemoPerson.FACULTY.email(), DemoPerson.FACULTY_CONSULTANT.email())),
                emails.toString());
        assertTrue(rows.stream().allMatch(a -> strings(a.getJsonArray("roles")).contains("FACULTY")));
        assertTrue(rows.stream().noneMatch(a -> a.containsKey("passwordHash") || a.containsKey("password")));
        assertEquals(String.valueOf(rows.size()), faculty.headers().firstValue("X-Total-Count").orElseThrow());

        HttpResponse<String> named = admin("GET", "/api/v1/accounts?q=okafor", null, Map.of());
        assertEquals(List.of(DemoPerson.FACULTY.email()), array(named.body()).getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("email")).toList());

        HttpResponse<String> paged = admin("GET", "/api/v1/accounts?size=2&page=1", null, Map.of());
        assertEquals(2, array(paged.body()).size());
        assertTrue(String.join(",", paged.headers().allValues("Link")).contains("rel=\"next\""));

        JsonObject bad = object(admin("GET", "/api/v1/accounts?role=KING&active=maybe", null, Map.of()), 400);
        assertEquals(List.of("role", "active"), fields(bad));
    }

    @Test
    void anAdministratorCreatesAndInvitesOnceAndBadBodiesNameTheirFields() {
        String email = "api30." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String body = "{\"email\":\"" + email + "\",\"firstName\":\"Api\",\"lastName\":\"Person\",\"language\":\"es\","
                + "\"roles\":[\"TRAINEE\",\"CONSULTANT\"]}";
        String key = UUID.randomUUID().toString();
        HttpResponse<String> created = admin("POST", "/api/v1/accounts", body, Map.of("Idempotency-Key", key));
        JsonObject account = object(created, 201);
        assertEquals(List.of("CONSULTANT", "TRAINEE"), strings(account.getJsonArray("roles")));
        assertEquals("es", account.getString("language"));
        assertEquals("sent", account.getString("invitation"), "invited as the account page does");
        assertTrue(account.getBoolean("active"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/accounts/" + account.getInt("id")));
        assertEquals(1, mailsTo(email), "one invitation mail");

        HttpResponse<String> replayed = admin("POST", "/api/v1/accounts", body, Map.of("Idempotency-Key", key));
        assertEquals(201, replayed.statusCode(), replayed.body());
        assertEquals("true", replayed.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(1, mailsTo(email), "the replay mailed nobody");

        JsonObject taken = object(admin("POST", "/api/v1/accounts", body, Map.of()), 422);
        assertEquals(List.of("email"), fields(taken));

        JsonObject invalid = object(admin("POST", "/api/v1/accounts",
                "{\"email\":5,\"language\":\"fr\",\"roles\":\"TRAINEE\"}", Map.of()), 400);
        assertEquals(List.of("email", "firstName", "lastName", "language", "roles"), fields(invalid));
        JsonObject noRole = object(admin("POST", "/api/v1/accounts", "{\"email\":\"x." + email
                + "\",\"firstName\":\"A\",\"lastName\":\"B\",\"language\":\"en\",\"roles\":[]}", Map.of()), 422);
        assertEquals(List.of("roles"), fields(noRole));

        HttpResponse<String> read = admin("GET", "/api/v1/accounts/" + account.getInt("id"), null, Map.of());
        assertEquals(200, read.statusCode());
        assertTrue(read.headers().firstValue("ETag").isPresent());
        object(admin("GET", "/api/v1/accounts/99999999", null, Map.of()), 404);
    }

    @Test
    void aRoleChangeOrADeactivationCountsAtThePersonsVeryNextCall() throws SQLException {
        String email = "api30.roles." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = object(admin("POST", "/api/v1/accounts", "{\"email\":\"" + email + "\",\"firstName\":\"Role\","
                + "\"lastName\":\"Changer\",\"language\":\"en\",\"roles\":[\"TRAINEE\",\"FACULTY\"]}", Map.of()), 201)
                .getJsonNumber("id").longValue();
        knowsTheDemoPassword(email);
        assertEquals(List.of("FACULTY", "TRAINEE"), strings(me(email, 200).getJsonArray("roles")));
        assertEquals(200, WebSession.api("GET", "/api/v1/supervision/sessions", email, DemoData.PASSWORD).statusCode());

        String tag = admin("GET", "/api/v1/accounts/" + id, null, Map.of()).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> changed = admin("PUT", "/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"TRAINEE\"]}",
                Map.of("If-Match", tag));
        assertEquals(List.of("TRAINEE"), strings(object(changed, 200).getJsonArray("roles")));
        assertEquals(403, WebSession.api("GET", "/api/v1/supervision/sessions", email, DemoData.PASSWORD).statusCode(),
                "the faculty role is gone at the very next call");
        assertEquals(List.of("TRAINEE"), strings(me(email, 200).getJsonArray("roles")));

        JsonObject stale = object(admin("PUT", "/api/v1/accounts/" + id + "/roles", "{\"roles\":[\"FACULTY\"]}",
                Map.of("If-Match", tag)), 412);
        assertEquals("urn:iecmhc:problem:stale-version", stale.getString("type"));
        assertEquals(List.of("roles"), fields(object(admin("PUT", "/api/v1/accounts/" + id + "/roles",
                "{\"roles\":[\"KING\"]}", Map.of()), 400)));

        assertFalse(object(admin("POST", "/api/v1/accounts/" + id + "/deactivation", null, Map.of()), 200)
                .getBoolean("active"));
        assertEquals(401, WebSession.api("GET", "/api/v1/me", email, DemoData.PASSWORD).statusCode(), "at once");
        assertFalse(object(admin("POST", "/api/v1/accounts/" + id + "/deactivation", null, Map.of()), 200)
                .getBoolean("active"), "twice is once");
        assertEquals(1, array(admin("GET", "/api/v1/accounts?active=false&q=" + email, null, Map.of()).body()).size());

        assertTrue(object(admin("DELETE", "/api/v1/accounts/" + id + "/deactivation", null, Map.of()), 200)
                .getBoolean("active"));
        me(email, 200);
        object(admin("POST", "/api/v1/accounts/99999999/deactivation", null, Map.of()), 404);
    }

    @Test
    void onlyAdministratorsWithAnAccountsScopeManageAccounts() {
        for (DemoPerson other : List.of(DemoPerson.TRAINEE, DemoPerson.FACULTY, DemoPerson.HELPLINE, DemoPerson.CONSULTANT)) {
            assertEquals(403, WebSession.api("GET", "/api/v1/accounts", other.email(), DemoData.PASSWORD).statusCode());
            assertEquals(403, WebSession.api("POST", "/api/v1/accounts", other.email(), DemoData.PASSWORD,
                    "application/json", "{}").statusCode());
        }
        String programOnly = token("[\"program:write\"]");
        assertEquals(403, bearer("GET", "/api/v1/accounts", programOnly).statusCode());
        String readOnly = token("[\"accounts:read\"]");
        assertEquals(200, bearer("GET", "/api/v1/accounts", readOnly).statusCode());
        HttpResponse<String> write = bearer("POST", "/api/v1/accounts/1/deactivation", readOnly);
        assertEquals(403, write.statusCode());
        assertEquals("this token's scopes do not include accounts:write",
                Json.createReader(new StringReader(write.body())).readObject().getString("detail"));
    }

    /** The account signs in with the demo password from now on, as if it had accepted its invitation. */
    private static void knowsTheDemoPassword(String email) throws SQLException {
        Sql.execute(RunningApplication.dataSource(), "update account a join account d on d.email = '"
                + DemoPerson.TRAINEE_EN.email() + "' set a.password_hash = d.password_hash,"
                + " a.password_change_required = false where a.email = '" + email + "'");
    }

    private static JsonObject me(String email, int status) {
        HttpResponse<String> me = WebSession.api("GET", "/api/v1/me", email, DemoData.PASSWORD);
        return object(me, status);
    }

    private static String token(String scopes) {
        HttpResponse<String> created = WebSession.api("POST", "/api/v1/tokens", ADMIN, DemoData.PASSWORD,
                "application/json", "{\"name\":\"api30 " + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"scopes\":" + scopes + ",\"expiresOn\":\""
                        + java.time.LocalDate.now().plusDays(30) + "\"}");
        return object(created, 201).getString("token");
    }

    private static HttpResponse<String> bearer(String method, String path, String token) {
        return WebSession.anonymous().callApi(method, path, null, null, null, null,
                Map.of("Authorization", "Bearer " + token));
    }

    private static HttpResponse<String> admin(String method, String path, String body, Map<String, String> headers) {
        return WebSession.anonymous().callApi(method, path, ADMIN, DemoData.PASSWORD,
                body == null ? null : "application/json", body, headers);
    }

    private static long mailsTo(String email) {
        try {
            return Long.parseLong(Sql.rows(RunningApplication.dataSource(),
                    "select count(*) from outbox_mail where recipient = '" + email + "'").get(0).get(0));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}
