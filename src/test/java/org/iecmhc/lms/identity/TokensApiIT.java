package org.iecmhc.lms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access tokens through the JSON API on the shared instance: made with a password, used as a Bearer token within
 * their scopes, listed, revoked; an expired or revoked token, or a deactivated account's, is refused at once, and a
 * removed role at the next call.
 */
@ExtendWith(RunningApplication.class)
class TokensApiIT {

    private static final String CHANGED = "token.changed@example.org";
    private static final String IN_A_MONTH = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(30).toString();

    @BeforeAll
    static void anAccountTheseTestsMayChange() throws SQLException {
        // A copy of the administrator's password hash, so that the account signs in with the demo password.
        Sql.execute(RunningApplication.dataSource(), "insert into account (email, first_name, last_name, password_hash,"
                + " preferred_language, active, failed_attempts, password_change_required, created_at, version, security_stamp)"
                + " select '" + CHANGED + "', 'Token', 'Changed', password_hash, 'en', true, 0, false, created_at, 0, 0"
                + " from account where email = '" + DemoPerson.ADMIN.email() + "'");
        for (String role : List.of("FACULTY", "TRAINEE")) {
            Sql.execute(RunningApplication.dataSource(), "insert into account_role (account_id, role) select id, '" + role
                    + "' from account where email = '" + CHANGED + "'");
        }
    }

    @Test
    void aTokenIsAnsweredOnceUsedListedWithItsLastUseAndRevoked() {
        String faculty = DemoPerson.FACULTY.email();
        HttpResponse<String> created = basic("POST", "/api/v1/tokens", faculty,
                "{\"name\": \"nightly export\", \"scopes\": [\"accounts:read\", \"PROGRAM:read\"], \"expiresOn\": \"" + IN_A_MONTH + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject token = json(created.body());
        String secret = token.getString("token");
        assertEquals(43, secret.length());
        assertEquals(List.of("program:read", "accounts:read"), strings(token.getJsonArray("scopes")));
        assertEquals(IN_A_MONTH, token.getString("expiresOn"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/tokens/" + token.getInt("id")));

        HttpResponse<String> me = bearer("GET", "/api/v1/me", secret, null);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(faculty, json(me.body()).getString("email"));
        assertTrue(me.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));

        HttpResponse<String> list = WebSession.api("GET", "/api/v1/tokens", faculty, DemoData.PASSWORD);
        assertEquals(200, list.statusCode());
        JsonObject listed = Json.createReader(new StringReader(list.body())).readArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getInt("id") == token.getInt("id")).findFirst().orElseThrow();
        assertEquals("nightly export", listed.getString("name"));
        assertFalse(listed.isNull("lastUsedAt"), "used a moment ago");
        assertFalse(listed.containsKey("token"), "the token is answered once only");
        assertFalse(list.body().contains(secret));

        HttpResponse<String> revoked = WebSession.api("DELETE", "/api/v1/tokens/" + token.getInt("id"), faculty, DemoData.PASSWORD);
        assertEquals(204, revoked.statusCode(), revoked.body());
        HttpResponse<String> after = bearer("GET", "/api/v1/me", secret, null);
        assertEquals(401, after.statusCode());
        assertTrue(after.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals("unauthorized", json(after.body()).getString("detail"));
        assertEquals(401, bearer("GET", "/api/v1/me", "not-a-token-at-all", null).statusCode());
    }

    @Test
    void everyBadFieldIsAnsweredAtOnceAndARuleAtItsField() {
        String admin = DemoPerson.ADMIN.email();
        HttpResponse<String> bad = basic("POST", "/api/v1/tokens", admin,
                "{\"name\": 5, \"scopes\": [\"program:admin\"], \"expiresOn\": \"2026-02-30\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        JsonObject body = json(bad.body());
        assertEquals("invalid fields", body.getString("detail"));
        assertEquals(List.of("name", "scopes", "expiresOn"), body.getJsonArray("errors").stream()
                .map(f -> f.asJsonObject().getString("field")).toList());
        assertEquals(400, basic("POST", "/api/v1/tokens", admin, "[1, 2]").statusCode());

        String yesterday = LocalDate.now(ZoneId.of("America/Los_Angeles")).minusDays(1).toString();
        HttpResponse<String> past = basic("POST", "/api/v1/tokens", admin,
                "{\"name\": \"too late\", \"scopes\": [\"reports:read\"], \"expiresOn\": \"" + yesterday + "\"}");
        assertEquals(422, past.statusCode(), past.body());
        JsonObject field = json(past.body()).getJsonArray("errors").getJsonObject(0);
        assertEquals("expiresOn", field.getString("field"));
        assertEquals("The expiry date must be after today.", field.getString("message"));
    }

    @Test
    void aReadTokenCannotWriteNorLeaveItsAreasNorMakeAWiderToken() {
        String admin = DemoPerson.ADMIN.email();
        String secret = create(admin, "program:read", "accounts:write");
        assertEquals(200, bearer("GET", "/api/v1/cohorts", secret, null).statusCode());
        HttpResponse<String> write = bearer("POST", "/api/v1/cohorts", secret, "{}");
        assertEquals(403, write.statusCode());
        assertEquals("this token's scopes do not include program:write", json(write.body()).getString("detail"));
        assertEquals(403, bearer("GET", "/api/v1/reports/impact", secret, null).statusCode(), "another area");

        HttpResponse<String> wider = bearer("POST", "/api/v1/tokens", secret,
                "{\"name\": \"wider\", \"scopes\": [\"program:write\"], \"expiresOn\": \"" + IN_A_MONTH + "\"}");
        assertEquals(403, wider.statusCode(), wider.body());
        HttpResponse<String> narrower = bearer("POST", "/api/v1/tokens", secret,
                "{\"name\": \"narrower\", \"scopes\": [\"program:read\"], \"expiresOn\": \"" + IN_A_MONTH + "\"}");
        assertEquals(201, narrower.statusCode(), narrower.body());
        assertEquals(200, bearer("GET", "/api/v1/cohorts", json(narrower.body()).getString("token"), null).statusCode());
    }

    @Test
    void anExpiredTokenIsRefusedAtOnce() throws SQLException {
        String secret = create(DemoPerson.HELPLINE.email(), "accounts:read");
        assertEquals(200, bearer("GET", "/api/v1/me", secret, null).statusCode());
        Sql.execute(RunningApplication.dataSource(), "update access_token set expires_on = '"
                + LocalDate.now(ZoneId.of("America/Los_Angeles")).minusDays(1) + "' where name = 'helpline token'");
        assertEquals(401, bearer("GET", "/api/v1/me", secret, null).statusCode());
    }

    @Test
    void aRemovedRoleIsRefusedAtTheNextCallAndADeactivatedAccountsTokenAtOnce() throws SQLException {
        String secret = create(CHANGED, "hours:read", "accounts:read");
        assertEquals(200, bearer("GET", "/api/v1/supervision/sessions?cohort=1", secret, null).statusCode());
        Sql.execute(RunningApplication.dataSource(), "delete from account_role where role = 'FACULTY'"
                + " and account_id = (select id from account where email = '" + CHANGED + "')");
        assertEquals(403, bearer("GET", "/api/v1/supervision/sessions?cohort=1", secret, null).statusCode());
        HttpResponse<String> me = bearer("GET", "/api/v1/me", secret, null);
        assertEquals(200, me.statusCode(), "the roles the account still has");
        assertEquals(List.of("TRAINEE"), strings(json(me.body()).getJsonArray("roles")));

        Sql.execute(RunningApplication.dataSource(), "update account set active = false where email = '" + CHANGED + "'");
        assertEquals(401, bearer("GET", "/api/v1/me", secret, null).statusCode());
    }

    @Test
    void anotherPersonsTokenIsNotFoundEvenForAnAdministrator() {
        HttpResponse<String> created = basic("POST", "/api/v1/tokens", DemoPerson.CONSULTANT.email(),
                "{\"name\": \"consultant token\", \"scopes\": [\"services:read\"], \"expiresOn\": \"" + IN_A_MONTH + "\"}");
        int id = json(created.body()).getInt("id");
        for (DemoPerson other : List.of(DemoPerson.ADMIN, DemoPerson.TRAINEE_EN)) {
            HttpResponse<String> refused = WebSession.api("DELETE", "/api/v1/tokens/" + id, other.email(), DemoData.PASSWORD);
            assertEquals(404, refused.statusCode(), other.name());
            assertEquals("no such token", json(refused.body()).getString("detail"));
            assertFalse(WebSession.api("GET", "/api/v1/tokens", other.email(), DemoData.PASSWORD).body()
                    .contains("consultant token"));
        }
        assertEquals(403, bearer("GET", "/api/v1/me", json(created.body()).getString("token"), null).statusCode(),
                "services:read opens no call of the accounts area");
    }

    @Test
    void theOpenApiDescriptionOffersBearerBesideBasic() {
        String openapi = WebSession.anonymous().get("/openapi").body();
        assertTrue(openapi.contains("scheme: bearer"), openapi);
        assertTrue(openapi.contains("scheme: basic"));
        assertTrue(openapi.contains("/api/v1/tokens"));
    }

    private static String create(String email, String... scopes) {
        String name = email.startsWith("helpline") ? "helpline token" : "token of " + email;
        HttpResponse<String> created = basic("POST", "/api/v1/tokens", email, "{\"name\": \"" + name + "\", \"scopes\": "
                + Json.createArrayBuilder(List.of(scopes)).build() + ", \"expiresOn\": \"" + IN_A_MONTH + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getString("token");
    }

    private static HttpResponse<String> basic(String method, String path, String email, String body) {
        return WebSession.api(method, path, email, DemoData.PASSWORD, "application/json", body);
    }

    private static HttpResponse<String> bearer(String method, String path, String token, String body) {
        return WebSession.anonymous().callApi(method, path, null, null, body == null ? null : "application/json", body,
                Map.of("Authorization", "Bearer " + token));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
