package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.RunningApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Security headers, session cookie, session fixation and cross-site request forgery, checked over HTTP. */
@ExtendWith(RunningApplication.class)
class SecurityIT {

    private static final Pattern SESSION_ID = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String ADMIN = DemoPerson.ADMIN.email();
    private static final String COHORT_FORM = "/cohort/cohort.xhtml?id=1";

    @Test
    void pagesCarryAPolicyWithAFreshNonceAndTheOtherHeaders() {
        WebSession admin = WebSession.signedIn(ADMIN, DemoData.PASSWORD);
        for (String page : List.of("/login.xhtml", "/index.xhtml", "/cohort/cohorts.xhtml", "/no/such/page.xhtml")) {
            HttpResponse<String> answer = page.equals("/login.xhtml") ? WebSession.anonymous().get(page) : admin.get(page);
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self' 'nonce-"), page + ": " + policy);
            assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
            assertFalse(policy.contains("unsafe-eval"), policy);
            assertEquals(1, answer.headers().allValues("Content-Security-Policy").size(), "one policy, PrimeFaces'");
            assertCommonHeaders(answer);
        }
        String first = admin.get("/index.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();
        String second = admin.get("/index.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertNotEquals(first, second, "a new nonce for every page");
    }

    @Test
    void answersThatAreNotPagesMayRunNothing() {
        HttpResponse<String> api = WebSession.api("GET", "/api/v1/me", ADMIN, DemoData.PASSWORD);
        assertEquals(200, api.statusCode());
        assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                api.headers().firstValue("Content-Security-Policy").orElse(""));
        assertCommonHeaders(api);
        assertCommonHeaders(WebSession.anonymous().get("/health"));
    }

    @Test
    void signedInPagesApiAnswersAndDownloadsAreNeverStoredButStyleSheetsMayBe() {
        WebSession admin = WebSession.signedIn(ADMIN, DemoData.PASSWORD);
        assertEquals("no-store", admin.get("/cohort/cohorts.xhtml").headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-store", WebSession.api("GET", "/api/v1/me", ADMIN, DemoData.PASSWORD).headers()
                .firstValue("Cache-Control").orElse(""));
        HttpResponse<byte[]> export = admin.download("/reporting/export?report=impact&format=csv");
        assertEquals(200, export.statusCode());
        assertEquals("no-store", export.headers().firstValue("Cache-Control").orElse(""));
        String styles = admin.get("/jakarta.faces.resource/css/lms.css.xhtml").headers().firstValue("Cache-Control").orElse("");
        assertFalse(styles.contains("no-store"), "the application's own style sheet is the same for everyone: " + styles);
    }

    @Test
    void anAddressThatEndsInAPageGetsOnlyThePagePolicy() {
        // /verify/CODE is printed on certificates and forwards to the verification page; a download that is not found
        // shows the not-found page. A second, stricter policy would leave both unstyled and without their links.
        WebSession admin = WebSession.signedIn(ADMIN, DemoData.PASSWORD);
        for (HttpResponse<String> answer : List.of(WebSession.anonymous().get("/verify/ZZZZZZZZZZZZ"),
                admin.get("/completion/certificate?enrollment=999999"), admin.get("/course/file?id=999999"))) {
            List<String> policies = answer.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), answer.uri() + ": " + policies);
            assertTrue(policies.get(0).contains("style-src 'self'") && policies.get(0).contains("'nonce-"), policies.get(0));
            assertCommonHeaders(answer);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndIsReplacedAtSignIn() throws Exception {
        WebSession browser = WebSession.anonymous();
        HttpResponse<String> form = browser.get("/login.xhtml");
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + form.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP here; lms.https adds Secure");
        String before = sessionId(cookie);

        HttpResponse<String> signedIn = browser.signIn(ADMIN, DemoData.PASSWORD);
        assertEquals(302, signedIn.statusCode());
        String after = sessionId(signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow());
        assertNotEquals(before, after, "a new session id at sign-in");
        assertEquals(200, browser.get("/cohort/cohorts.xhtml").statusCode());
        assertEquals(302, withCookie(before, "/cohort/cohorts.xhtml").statusCode(),
                "the id known before sign-in (planted by someone else, say) opens nothing");
    }

    @Test
    void aFormPostedWithoutItsOwnViewStateChangesNothing() {
        WebSession victim = WebSession.signedIn(ADMIN, DemoData.PASSWORD);
        WebSession attacker = WebSession.signedIn(ADMIN, DemoData.PASSWORD);
        Map<String, String> fields = WebSession.formFields(victim.get(COHORT_FORM).body(), "cohort");
        String storedName = fields.get("cohort:name");
        fields.put("cohort:name", "Forged by another site");
        fields.put("cohort:save", "");

        Map<String, String> withoutToken = new LinkedHashMap<>(fields);
        withoutToken.remove("jakarta.faces.ViewState");
        assertRefused(victim.post(COHORT_FORM, withoutToken));

        Map<String, String> othersToken = new LinkedHashMap<>(fields);
        othersToken.put("jakarta.faces.ViewState", WebSession.viewState(attacker.get(COHORT_FORM).body()));
        assertRefused(victim.post(COHORT_FORM, othersToken));

        Map<String, String> guessedToken = new LinkedHashMap<>(fields);
        guessedToken.put("jakarta.faces.ViewState", "1234567890:-1234567890");
        assertRefused(victim.post(COHORT_FORM, guessedToken));

        String page = victim.get(COHORT_FORM).body();
        assertTrue(page.contains("value=\"" + storedName + "\""), "nothing was changed");

        Map<String, String> genuine = WebSession.formFields(page, "cohort");
        genuine.put("cohort:save", "");
        // The view state is the token (docs/security.md); PrimeFaces' CSP nonce guards scripts, not posts.
        genuine.remove("primefaces.nonce");
        HttpResponse<String> saved = victim.post(COHORT_FORM, genuine);
        assertTrue(saved.headers().firstValue("Location").orElse("").contains("/cohort/enrollments.xhtml"),
                "the form with its own token is accepted: HTTP " + saved.statusCode() + " " + saved.headers().map());
    }

    @Test
    void theApiIgnoresTheSessionCookieAndRefusesCrossSiteWrites() {
        WebSession signedIn = WebSession.signedIn(ADMIN, DemoData.PASSWORD);
        String cohort = "{\"name\":\"Cross-site\",\"startDate\":\"2033-09-01\",\"endDate\":\"2034-06-30\",\"language\":\"en\",\"capacity\":5}";
        assertEquals(401, signedIn.callApi("POST", "/api/v1/cohorts", null, null, "application/json", cohort, Map.of())
                .statusCode(), "the session cookie alone is no credential for the API");

        for (Map<String, String> crossSite : List.of(Map.of("Origin", "https://elsewhere.example"),
                Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Origin", "null"))) {
            HttpResponse<String> refused = signedIn.callApi("POST", "/api/v1/cohorts", ADMIN, DemoData.PASSWORD,
                    "text/plain", cohort, crossSite);
            assertEquals(403, refused.statusCode(), crossSite + ": " + refused.body());
        }
        assertEquals(200, signedIn.callApi("GET", "/api/v1/me", ADMIN, DemoData.PASSWORD, null, null,
                Map.of("Sec-Fetch-Site", "cross-site")).statusCode(), "reading is harmless");
        HttpResponse<String> sameOrigin = signedIn.callApi("POST", "/api/v1/cohorts", ADMIN, DemoData.PASSWORD,
                "application/json", "{\"name\":\"\"}", Map.of("Sec-Fetch-Site", "same-origin"));
        assertTrue(sameOrigin.statusCode() == 400 || sameOrigin.statusCode() == 422,
                "same-origin writes reach the resource, which checks them: HTTP " + sameOrigin.statusCode());
    }

    /** Not saved: the form is shown afresh (no token: not a post-back at all) or the expired page is sent. */
    private static void assertRefused(HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location").orElse("");
        boolean afresh = answer.statusCode() == 200 && !answer.body().contains("The cohort was saved");
        boolean expired = answer.statusCode() == 302 && location.endsWith("/error/expired.xhtml");
        assertTrue(afresh || expired, "HTTP " + answer.statusCode() + " " + location);
    }

    private static void assertCommonHeaders(HttpResponse<String> answer) {
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), answer.uri().toString());
        assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", answer.headers().firstValue("Referrer-Policy").orElse(""));
    }

    private static String sessionId(String setCookie) {
        Matcher matcher = SESSION_ID.matcher(setCookie);
        assertTrue(matcher.find(), setCookie);
        return matcher.group(1);
    }

    private static HttpResponse<String> withCookie(String sessionId, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(RunningApplication.url(path)))
                .header("Cookie", "JSESSIONID=" + sessionId).build(), HttpResponse.BodyHandlers.ofString());
    }
}
