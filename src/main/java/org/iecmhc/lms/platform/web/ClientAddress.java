package org.iecmhc.lms.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where a request comes from and whether it arrived over TLS. Behind a load balancer ({@code lms.http.behind-proxy})
 * these come from the {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers it sets; otherwise those headers
 * are ignored, since any client could send them.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank() && behindProxy()) {
            // The proxy appends the address it saw; earlier entries are whatever the client claimed.
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].trim();
        }
        return request.getRemoteAddr();
    }

    public static boolean isSecure(HttpServletRequest request) {
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")) && behindProxy();
    }

    private static boolean behindProxy() {
        return ConfigProvider.getConfig(ClientAddress.class.getClassLoader())
                .getOptionalValue("lms.http.behind-proxy", Boolean.class).orElse(false);
    }
}
