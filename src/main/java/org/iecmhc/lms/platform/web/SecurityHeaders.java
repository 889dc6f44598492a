package org.iecmhc.lms.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every response carries. The Content-Security-Policy of pages comes from PrimeFaces' CSP mode
 * ({@code primefaces.CSP_POLICY} in web.xml), which adds a fresh nonce per page and moves inline event handlers
 * into scripts carrying it; the other responses (JSON, health, files) get one that allows nothing to run.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** One year, as browsers' preload lists expect; sent only over TLS, where it means something. */
    private static final String STRICT_TRANSPORT = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (ClientAddress.isSecure(request)) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT);
        }
        if (!isPage(request)) {
            response.setHeader("Content-Security-Policy", NOTHING_RUNS);
        }
        chain.doFilter(request, response);
    }

    /** Pages are Faces views (and the welcome address); their policy is PrimeFaces'. Style sheets and scripts need none. */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || path.endsWith(".xhtml") || path.startsWith("/jakarta.faces.resource/");
    }
}
