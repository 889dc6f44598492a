package org.iecmhc.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private final Map<String, String> headers = new HashMap<>();
    private boolean chainCalled;

    @Test
    void everyResponseForbidsFramingSniffingAndLeakingTheAddress() throws Exception {
        filter("/admin/cohorts.xhtml", false);
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("strict-origin-when-cross-origin", headers.get("Referrer-Policy"));
        assertTrue(chainCalled, "the request goes on");
    }

    @Test
    void pagesLeaveTheirPolicyToPrimeFacesAndEverythingElseMayRunNothing() throws Exception {
        filter("/admin/cohorts.xhtml", false);
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
                    }
                    return null;
                });
        new SecurityHeaders().doFilter(request, response, (req, res) -> chainCalled = true);
    }
}
