package org.iecmhc.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private final Map<String, String> headers = new HashMap<>();
    private final List<String> added = new ArrayList<>();
    private boolean chainCalled;
    private HttpServletResponse passedOn;

    @Test
    void everyResponseForbidsFramingSniffingAndLeakingTheAddress() throws Exception {
        filter("/cohort/cohorts.xhtml", false);
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("strict-origin-when-cross-origin", headers.get("Referrer-Policy"));
        assertTrue(chainCalled, "the request goes on");
    }

    @Test
    void pagesLeaveTheirPolicyToPrimeFacesAndEverythingElseMayRunNothing() throws Exception {
        filter("/cohort/cohorts.xhtml", false);
        assertNull(headers.get("Content-Security-Policy"), "PrimeFaces adds the page's policy with its nonce");
        headers.clear();
        filter("/", false);
        assertNull(headers.get("Content-Security-Policy"));
        headers.clear();
        filter("/api/v1/me", false);
        assertEquals(SecurityHeaders.NOTHING_RUNS, headers.get("Content-Security-Policy"));
        headers.clear();
        filter("/course/file", false);
        assertEquals(SecurityHeaders.NOTHING_RUNS, headers.get("Content-Security-Policy"), "downloads never run as pages");
    }

    @Test
    void nothingButTheApplicationsOwnStylesAndScriptsIsKeptByBrowsersOrProxies() throws Exception {
        for (String path : List.of("/index.xhtml", "/login.xhtml", "/api/v1/me", "/completion/certificate",
                "/reporting/export", "/course/file", "/calendar/feed.xhtml")) {
            headers.clear();
            filter(path, false);
            assertEquals("no-store", headers.get("Cache-Control"), path);
        }
        for (String path : List.of("/jakarta.faces.resource/css/lms.css.xhtml", "/resources/images/logo.png")) {
            headers.clear();
            filter(path, false);
            assertNull(headers.get("Cache-Control"), path + " is the same for everyone");
        }
    }

    @Test
    void aPageReachedFromAnAddressThatIsNotOneGetsOnlyThePagePolicy() throws Exception {
        filter("/verify/ABCD2345EFGH", false);
        assertEquals(SecurityHeaders.NOTHING_RUNS, headers.get("Content-Security-Policy"));
        filter("/completion/verify.xhtml", false);
        passedOn.addHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-abc'");
        assertEquals("default-src 'self'; script-src 'self' 'nonce-abc'", headers.get("Content-Security-Policy"),
                "the forwarded page's policy replaces the address's instead of coming second");
        assertFalse(added.contains("Content-Security-Policy"));
        passedOn.addHeader("Vary", "Accept-Language");
        assertTrue(added.contains("Vary"), "other headers are added as asked");
    }

    @Test
    void strictTransportSecurityOnlyOverTls() throws Exception {
        filter("/index.xhtml", false);
        assertFalse(headers.containsKey("Strict-Transport-Security"));
        filter("/index.xhtml", true);
        assertTrue(headers.get("Strict-Transport-Security").startsWith("max-age="));
    }

    private void filter(String path, boolean secure) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "isSecure" -> secure;
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    } else if (method.getName().equals("addHeader")) {
                        added.add((String) args[0]);
                    }
                    return null;
                });
        new SecurityHeaders().doFilter(request, response, (req, res) -> {
            chainCalled = true;
            passedOn = (HttpServletResponse) res;
        });
    }
}
