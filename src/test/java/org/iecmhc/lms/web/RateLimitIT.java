package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.PrivateApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rate limits on the instance with low limits: an API client past its burst gets 429 with Retry-After, and an
 * address that keeps failing to sign in is stopped before its passwords are even checked. Each test acts from an
 * address of its own (X-Forwarded-For, trusted there as behind a load balancer).
 */
@ExtendWith(PrivateApplication.class)
class RateLimitIT {

    @Test
    void anApiClientPastItsBurstIsToldToComeBackLater() {
        WebSession client = WebSession.anonymous(PrivateApplication.url()).withHeader("X-Forwarded-For", "198.51.100.7");
        for (int i = 0; i < PrivateApplication.API_BURST; i++) {
            assertEquals(200, me(client, DemoPerson.CONSULTANT.email()).statusCode(), "request " + (i + 1));
        }
        HttpResponse<String> refused = me(client, DemoPerson.CONSULTANT.email());
        assertEquals(429, refused.statusCode());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "one token a minute: " + retryAfter);
        assertTrue(refused.body().contains("\"error\""), refused.body());
        assertEquals(200, me(client, DemoPerson.HELPLINE.email()).statusCode(), "each account has its own limit");
    }

    @Test
    void anAddressThatKeepsFailingToSignInIsStoppedInItsLanguage() {
        WebSession guesser = WebSession.anonymous(PrivateApplication.url()).withHeader("X-Forwarded-For", "203.0.113.9")
                .withHeader("Accept-Language", "es");
        String[] accounts = {"nobody@example.org", DemoPerson.TRAINEE_EN.email(), DemoPerson.FACULTY.email()};
        for (int i = 0; i < PrivateApplication.SIGN_IN_BURST; i++) {
            HttpResponse<String> wrong = guesser.signIn(accounts[i % accounts.length], "wrong password " + i);
            String location = wrong.headers().firstValue("Location").orElse("");
            assertFalse(location.contains("/index.xhtml"), "refused: HTTP " + wrong.statusCode() + " " + location);
        }
        HttpResponse<String> stopped = guesser.signIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD);
        assertEquals(429, stopped.statusCode(), "even the right password is not checked now: "
                + stopped.headers().firstValue("Location").orElse(""));
        assertTrue(stopped.body().contains("Demasiados intentos desde su conexión"), stopped.body());
        assertTrue(stopped.headers().firstValue("Retry-After").isPresent());

        HttpResponse<String> api = guesser.callApi("GET", "/api/v1/me", DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD,
                null, null, Map.of());
        assertEquals(429, api.statusCode(), "the API's Basic sign-in counts the same failures");

        WebSession someoneElse = WebSession.anonymous(PrivateApplication.url()).withHeader("X-Forwarded-For", "192.0.2.44");
        assertEquals(302, someoneElse.signIn(DemoPerson.FACULTY_CONSULTANT.email(), DemoData.PASSWORD).statusCode(),
                "another address signs in as usual");
    }

    private static HttpResponse<String> me(WebSession client, String email) {
        return client.callApi("GET", "/api/v1/me", email, DemoData.PASSWORD, null, null, Map.of());
    }
}
