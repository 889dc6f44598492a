package org.iecmhc.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Locale;

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
 * The instance set up as behind a load balancer that ends TLS ({@code lms.https=true}) marks its session cookie
 * Secure, although the request reaching it is plain HTTP. The shared instance, without the setting, does not
 * ({@code SecurityIT}). Checked on the private instance that other tests already start, not on one of its own.
 */
@ExtendWith(PrivateApplication.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(PrivateApplication.RESOURCE)
class SecureSessionCookieIT {

    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSiteBehindTls() {
        WebSession browser = WebSession.anonymous(PrivateApplication.url()).withHeader("X-Forwarded-For", "198.51.100.31");
        HttpResponse<String> form = browser.get("/login.xhtml");
        String cookie = sessionCookie(form);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("; secure"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);

        HttpResponse<String> signedIn = browser.signIn(DemoPerson.ADMIN.email(), DemoData.PASSWORD);
        assertEquals(302, signedIn.statusCode(), "the cookie a TLS browser sends back keeps the session");
        assertTrue(sessionCookie(signedIn).toLowerCase(Locale.ROOT).contains("; secure"), "the new id of the signed-in session is Secure too");
        assertEquals(200, browser.get("/cohort/cohorts.xhtml").statusCode());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }
}
