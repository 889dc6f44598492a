package org.iecmhc.lms.platform.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Headers every response carries. The Content-Security-Policy of pages comes from PrimeFaces' CSP mode
 * ({@code primefaces.CSP_POLICY} in web.xml), which adds a fresh nonce per page and moves inline event handlers
 * into scripts carrying it; the other responses (JSON, health, files) get one that allows nothing to run.
 * <p>
 * Forwards and error pages pass here too: an address that is not a page ({@code /verify/CODE}, a download that is
 * not found) may end in a page, whose policy must then replace the one set for the address, not come second
 * (browsers apply every policy they get, so the stricter one would forbid the page its styles and scripts).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String POLICY = "Content-Security-Policy";
    /** Anything shown to a signed-in person may hold personal data: no browser or proxy keeps a copy. */
    static final String NO_STORE = "no-store";

    static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /**
     * A checked PDF or image shown in one of our pages: framed by our pages only, and the browser's PDF viewer (a
     * plugin to the policy) may draw it; still no script of the file's runs.
     */
    static final String SHOWN_FILE = "default-src 'none'; img-src 'self'; object-src 'self'; frame-ancestors 'self';"
            + " base-uri 'none'; form-action 'none'";
    /** One year, as browsers' preload lists expect; sent only over TLS, where it means something. */
    private static final String STRICT_TRANSPORT = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        setCommon(request, response);
        if (!isStatic(request)) {
            response.setHeader("Cache-Control", NO_STORE);
        }
        if (isPage(request)) {
            chain.doFilter(request, new OnePolicy(response));
        } else {
            response.setHeader(POLICY, NOTHING_RUNS);
            chain.doFilter(request, response);
        }
    }

    /**
     * For an answer written before any filter runs: the authentication mechanism answers a throttled or unavailable
     * sign-in itself, and that answer must carry the same headers as every other.
     */
    public static void onAnswerBeforeFilters(HttpServletRequest request, HttpServletResponse response) {
        setCommon(request, response);
        response.setHeader("Cache-Control", NO_STORE);
        response.setHeader(POLICY, NOTHING_RUNS);
    }

    private static void setCommon(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (ClientAddress.isSecure(request)) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT);
        }
    }

    /** Pages are Faces views (and the welcome address); their policy is PrimeFaces'. Style sheets and scripts need none. */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || path.endsWith(".xhtml") || path.startsWith("/jakarta.faces.resource/");
    }

    /** Style sheets, scripts and images of the application itself, the same for everyone: caching them is fine. */
    static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** PrimeFaces adds its policy; this makes it replace a policy set earlier for the same response. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
