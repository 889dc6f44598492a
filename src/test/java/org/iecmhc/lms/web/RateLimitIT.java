package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.iecmhc.lms.demo.DemoData;
import org.iecmhc.lms.demo.DemoData.DemoPerson;
import org.iecmhc.lms.testsupport.PrivateApplication;
import org.iecmhc.lms.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Rate limits on the instance with low limits: an API client past its burst gets 429 with Retry-After. The test
 * acts from an address of its own (X-Forwarded-For, trusted there as behind a load balancer).
 */
@ExtendWith(PrivateApplication.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(PrivateApplication.RESOURCE)
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
        assertTrue(refused.body().contains("\"detail\""), refused.body());
        assertEquals(200, me(client, DemoPerson.HELPLINE.email()).statusCode(), "each account has its own limit");
    }

    @Test
    void anAddressPastItsFailedSignInsIsAskedToWaitOnTheSignInPageInItsLanguage() {
        WebSession visitor = WebSession.anonymous(PrivateApplication.url()).withHeader("X-Forwarded-For", "198.51.100.9");
        for (int i = 0; i < PrivateApplication.SIGN_IN_BURST; i++) {
            assertTrue(visitor.signIn(DemoPerson.FACULTY.email(), "wrong password " + i).body()
                    .contains("The email or password is not correct"), "failure " + (i + 1) + " is an ordinary refusal");
        }
        HttpResponse<String> refused = visitor.signIn(DemoPerson.FACULTY.email(), DemoData.PASSWORD);
        assertTrue(refused.body().contains("Too many attempts from your connection"), refused.body());
        assertTrue(refused.body().contains("id=\"login:email\""), "the sign-in form is still there");
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void anApiClientPastItsFailedSignInsGetsJsonWithTheSecurityHeaders() {
        WebSession client = WebSession.anonymous(PrivateApplication.url()).withHeader("X-Forwarded-For", "198.51.100.11");
        for (int i = 0; i < PrivateApplication.SIGN_IN_BURST; i++) {
            // An address no account has: failures count per client address, and no demo account gets locked.
            assertEquals(401, client.callApi("GET", "/api/v1/me", "nobody@example.org", "wrong password " + i,
                    null, null, Map.of()).statusCode(), "failure " + (i + 1));
        }
        HttpResponse<String> refused = me(client, "nobody@example.org");
        assertEquals(429, refused.statusCode());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertTrue(refused.body().contains("\"detail\""), refused.body());
        assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", refused.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(refused.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
    }

    private static HttpResponse<String> me(WebSession client, String email) {
        return client.callApi("GET", "/api/v1/me", email, DemoData.PASSWORD, null, null, Map.of());
    }
}
