package org.iecmhc.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    /** A request whose Host header said evil.example: the container builds its URL from it. */
    private static final HttpServletRequest FORGED_HOST = (HttpServletRequest) Proxy.newProxyInstance(
            PublicAddressTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "getRequestURL" -> new StringBuffer("http://evil.example/lms/calendar/abc.ics");
                case "getRequestURI" -> "/lms/calendar/abc.ics";
                case "getContextPath" -> "/lms";
                default -> null;
            });

    @Test
    void theConfiguredAddressWinsOverTheHostHeader() {
        assertEquals("https://lms.example.org", PublicAddress.base(Optional.of("https://lms.example.org/"), FORGED_HOST));
        assertEquals("https://example.org/lms", PublicAddress.base(Optional.of(" https://example.org/lms// "), FORGED_HOST));
    }

    @Test
    void withoutASettingTheRequestsOwnAddressIsUsed() {
        assertEquals("http://evil.example/lms", PublicAddress.base(Optional.empty(), FORGED_HOST));
        assertEquals("http://evil.example/lms", PublicAddress.base(Optional.of(" "), FORGED_HOST));
    }
}
