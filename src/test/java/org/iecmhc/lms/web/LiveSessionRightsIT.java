package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an open session may do follows the account at once: a role removed, a deactivation, an anonymisation or a
 * password reset by an administrator ends the person's sessions at their next request, and their own new password
 * ends their other sessions. The same changes count at an API client's next call, although the API remembers a right
 * password for a few minutes. A one-time password opens nothing but its own change, and the sign-in form does not
 * tell a locked account from an unknown email. Every account here is the test's own.
 */
@ExtendWith(RunningApplication.class)
class LiveSessionRightsIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String ONE_TIME = "a one-time password 1";
    private static final String OWN = "the person's own password 2";
    private static final Pattern ACCOUNT_ID = Pattern.compile("account\\.xhtml\\?id=(\\d+)");
    private static final Pattern FEED = Pattern.compile("/calendar/[A-Za-z0-9_-]+\\.ics");
    private static final Pattern FIELD_MESSAGE = Pattern.compile("class=\"ui-message-error-detail\"[^>]*>([^<]*)<");

    private final WebSession admin = WebSession.signedIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);

    @Test
    void anAdministratorWhoseRoleIsRemovedIsSignedOutAtTheNextRequestAndComesBackWithTheNewRights() {
        String email = email("second.admin");
        long id = create(email, "ADMINISTRATOR");
        WebSession second = withOwnPassword(email);
        assertEquals(200, second.get("/account/account.xhtml").statusCode(), "may create administrators");

        saveAccount(id, Map.of("account:roles", "TRAINEE"));

        assertSignedOut(second.get("/account/account.xhtml"));
        assertSignedOut(second.get("/index.xhtml"));
        WebSession again = WebSession.signedIn(email, OWN);
        assertEquals(403, again.get("/account/account.xhtml").statusCode(), "signed in again, a trainee");
        assertEquals(200, again.get("/index.xhtml").statusCode());
    }

    @Test
    void aPasswordResetByAnAdministratorEndsThePersonsSessions() {
        String email = email("reset");
        long id = create(email, "FACULTY");
        WebSession faculty = withOwnPassword(email);
        assertEquals(200, faculty.get("/index.xhtml").statusCode());

        saveAccount(id, Map.of("account:password", "a new one-time password 3"));

        assertSignedOut(faculty.get("/index.xhtml"));
    }

    @Test
    void aDeactivatedTraineesOpenSessionIsSignedOut() {
        String email = email("deactivated");
        long id = create(email, "TRAINEE");
        WebSession trainee = withOwnPassword(email);
        assertEquals(200, trainee.get("/index.xhtml").statusCode());
        assertEquals(200, trainee.get("/course/mine.xhtml").statusCode());

        deactivate(email, id);

        assertSignedOut(trainee.get("/index.xhtml"));
        assertSignedOut(trainee.get("/course/mine.xhtml"));
    }

    @Test
    void onesOwnNewPasswordEndsTheOtherSessionsButNotTheOneItWasChangedIn() {
        String email = email("own.change");
        create(email, "TRAINEE");
        WebSession phone = withOwnPassword(email);
        WebSession desk = WebSession.signedIn(email, OWN);
        assertEquals(200, phone.get("/index.xhtml").statusCode());
        assertEquals(200, desk.get("/index.xhtml").statusCode());

        HttpResponse<String> changed = changePassword(desk, OWN, "yet another own password 4");
        assertEquals(302, changed.statusCode());

        assertEquals(200, desk.get("/index.xhtml").statusCode(), "the session it was changed in goes on");
        assertEquals(200, desk.get("/course/mine.xhtml").statusCode());
        assertSignedOut(phone.get("/index.xhtml"));
    }

    /** The API remembers a right password for a few minutes; what changes the account still counts at the next call. */
    @Test
    void anApiClientsRepeatedCallsFollowTheAccountAtOnce() {
        String email = email("api.client");
        long id = create(email, "ADMINISTRATOR");
        withOwnPassword(email);
        for (int call = 1; call <= 3; call++) {
            assertEquals(200, WebSession.api("GET", "/api/v1/cohorts", email, OWN).statusCode(), "call " + call);
        }
        assertEquals(401, WebSession.api("GET", "/api/v1/me", email, OWN + " but wrong").statusCode());
        assertEquals(200, WebSession.api("GET", "/api/v1/me", email, OWN).statusCode(), "the right one still opens");

        saveAccount(id, Map.of("account:roles", "TRAINEE"));
        assertEquals(403, WebSession.api("GET", "/api/v1/cohorts", email, OWN).statusCode(), "the role removed counts now");
        HttpResponse<String> me = WebSession.api("GET", "/api/v1/me", email, OWN);
        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("\"roles\":[\"TRAINEE\"]"), me.body());

        String newer = "a newer own password 6";
        assertEquals(302, changePassword(WebSession.signedIn(email, OWN), OWN, newer).statusCode());
        assertEquals(401, WebSession.api("GET", "/api/v1/me", email, OWN).statusCode(), "the old password opens nothing");
        assertEquals(200, WebSession.api("GET", "/api/v1/me", email, newer).statusCode());
        assertEquals(200, WebSession.api("GET", "/api/v1/me", email, newer).statusCode());

        deactivate(email, id);
        assertEquals(401, WebSession.api("GET", "/api/v1/me", email, newer).statusCode(), "a deactivation counts now");
    }

    @Test
    void aOneTimePasswordOpensNeitherTheApiNorDownloadsNorTheCalendarFeed() {
        String email = email("one.time");
        long id = create(email, "ADMINISTRATOR");
        WebSession fresh = signedInWithOneTimePassword(email);

        HttpResponse<String> api = WebSession.api("GET", "/api/v1/me", email, ONE_TIME);
        assertEquals(403, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(api.body().contains("\"detail\"") && api.body().contains("password"), api.body());
        assertEquals(403, WebSession.api("GET", "/api/v1/cohorts", email, ONE_TIME).statusCode());
        assertEquals(403, fresh.download("/reporting/export?report=race&format=csv&lang=en").statusCode());
        assertEquals(403, fresh.download("/completion/certificate?enrollment=1").statusCode());
        assertEquals(403, fresh.download("/course/file?id=1").statusCode());
        assertEquals("/account/settings.xhtml", location(fresh.get("/index.xhtml")));

        changePassword(fresh, ONE_TIME, OWN);
        assertEquals(200, WebSession.api("GET", "/api/v1/me", email, OWN).statusCode());
        assertEquals(200, fresh.download("/reporting/export?report=race&format=csv&lang=en").statusCode());
        String feed = feedPath(fresh);
        assertEquals(200, WebSession.anonymous().get(feed).statusCode());

        saveAccount(id, Map.of("account:password", ONE_TIME + "5"));
        assertEquals(403, WebSession.anonymous().get(feed).statusCode(), "a feed made before the reset waits too");
        assertEquals(403, WebSession.api("GET", "/api/v1/me", email, ONE_TIME + "5").statusCode());
    }

    @Test
    void aLockedAccountAndAnUnknownEmailGetTheSameAnswer() {
        String email = email("locked");
        create(email, "TRAINEE");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, WebSession.api("GET", "/api/v1/me", email, "wrong " + attempt).statusCode());
        }

        HttpResponse<String> locked = WebSession.anonymous().signIn(email, ONE_TIME);
        HttpResponse<String> unknown = WebSession.anonymous().signIn(email("nobody"), ONE_TIME);

        assertEquals(unknown.statusCode(), locked.statusCode());
        assertEquals("The email or password is not correct. After 5 failed attempts an account is locked for 15 minutes.",
                fieldMessage(unknown.body()));
        assertEquals(fieldMessage(unknown.body()), fieldMessage(locked.body()));
    }

    /** An address of this run's own, so that a run against an instance that already saw one does not clash. */
    private static String email(String name) {
        return "live." + name + "." + RUN + "@example.org";
    }

    /** Creates the account on the account page with a one-time password, and answers its id. */
    private long create(String email, String role) {
        Map<String, String> fields = WebSession.formFields(admin.get("/account/account.xhtml").body(), "account");
        fields.put("account:email", email);
        fields.put("account:firstName", "Live");
        fields.put("account:lastName", "Session");
        fields.put("account:roles", role);
        fields.put("account:password", ONE_TIME);
        fields.put("account", "account");
        fields.put("account:save", "");
        HttpResponse<String> saved = admin.post("/account/account.xhtml", fields);
        assertEquals(302, saved.statusCode(), saved.body());
        Matcher id = ACCOUNT_ID.matcher(searchAccounts(email).get("table"));
        assertTrue(id.find(), "the new account is listed");
        return Long.parseLong(id.group(1));
    }

    /** Saves the account page of this account with these fields changed. */
    private void saveAccount(long id, Map<String, String> changes) {
        String page = "/account/account.xhtml?id=" + id;
        Map<String, String> fields = WebSession.formFields(admin.get(page).body(), "account");
        fields.putAll(changes);
        fields.put("account", "account");
        fields.put("account:save", "");
        HttpResponse<String> saved = admin.post(page, fields);
        assertEquals(302, saved.statusCode(), saved.body());
    }

    /** Deactivates the account from the accounts list, as an administrator does. */
    private void deactivate(String email, long id) {
        Map<String, String> list = new LinkedHashMap<>(searchAccounts(email));
        assertTrue(list.remove("table").contains("account.xhtml?id=" + id), "the search found the account");
        list.put("accounts:search", email);
        HttpResponse<String> deactivated = ajaxOnAccounts("accounts:table:0:deactivate", "accounts", "accounts", list);
        assertTrue(deactivated.body().contains("Deactivated") || deactivated.body().contains("Desactivada"),
                deactivated.body());
    }

    /**
     * The accounts list narrowed by its search field (an Ajax request, as the page sends it while one types): the
     * rows found, and the page's view state and nonce for an action on them.
     */
    private Map<String, String> searchAccounts(String email) {
        Map<String, String> page = WebSession.formFields(admin.get("/account/accounts.xhtml").body(), "accounts");
        Map<String, String> view = Map.of("jakarta.faces.ViewState", page.get("jakarta.faces.ViewState"),
                "primefaces.nonce", page.getOrDefault("primefaces.nonce", ""));
        Map<String, String> fields = new LinkedHashMap<>(view);
        fields.put("accounts:search", email);
        fields.put("jakarta.faces.behavior.event", "keyup");
        fields.put("jakarta.faces.partial.event", "keyup");
        HttpResponse<String> found = ajaxOnAccounts("accounts:search", "accounts:search", "accounts:table", fields);
        assertEquals(200, found.statusCode());
        Map<String, String> result = new LinkedHashMap<>(view);
        result.put("table", found.body());
        return result;
    }

    private HttpResponse<String> ajaxOnAccounts(String source, String execute, String render, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>(values);
        fields.put("accounts", "accounts");
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.putIfAbsent(source, source);
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return admin.callApi("POST", "/account/accounts.xhtml", null, null, "application/x-www-form-urlencoded", body,
                Map.of("Faces-Request", "partial/ajax"));
    }

    /** Signs in with the one-time password, chooses the person's own and answers that session. */
    private static WebSession withOwnPassword(String email) {
        WebSession session = signedInWithOneTimePassword(email);
        assertEquals(302, changePassword(session, ONE_TIME, OWN).statusCode());
        return session;
    }

    private static WebSession signedInWithOneTimePassword(String email) {
        WebSession session = WebSession.anonymous();
        HttpResponse<String> signedIn = session.signIn(email, ONE_TIME);
        assertEquals("/account/settings.xhtml", location(signedIn), "a one-time password leads to its change");
        return session;
    }

    private static HttpResponse<String> changePassword(WebSession session, String current, String next) {
        Map<String, String> fields = WebSession.formFields(session.get("/account/settings.xhtml").body(), "settings");
        fields.put("settings:current", current);
        fields.put("settings:password", next);
        fields.put("settings:confirmation", next);
        fields.put("settings", "settings");
        fields.put("settings:change", "");
        return session.post("/account/settings.xhtml", fields);
    }

    private static String feedPath(WebSession session) {
        Matcher feed = FEED.matcher(session.get("/calendar/feed.xhtml").body());
        assertTrue(feed.find(), "the page shows the feed address");
        return feed.group();
    }

    private static void assertSignedOut(HttpResponse<String> answer) {
        assertEquals(302, answer.statusCode(), "signed out: sent to the sign-in page");
        assertTrue(location(answer).startsWith("/login.xhtml"), location(answer));
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
    }

    private static String fieldMessage(String page) {
        Matcher message = FIELD_MESSAGE.matcher(page);
        assertTrue(message.find(), "a message at the field: " + page);
        return message.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
