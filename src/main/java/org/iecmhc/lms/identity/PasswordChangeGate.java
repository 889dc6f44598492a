package org.iecmhc.lms.identity;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.api.ApiError;

/**
 * Someone signed in with a one-time or reset password may do nothing but choose their own: pages lead to the
 * settings page, the API answers 403 JSON, and everything else (report exports, certificates, course files) 403.
 */
@WebFilter("/*")
public class PasswordChangeGate extends HttpFilter {

    static final String SETTINGS_PAGE = "/account/settings.xhtml";
    /** What the settings page itself needs, and the pages that are there for everyone. */
    private static final List<String> OPEN = List.of(SETTINGS_PAGE, "/login.xhtml", "/error/",
            AccountLinks.SET_PASSWORD_PAGE, AccountLinks.FORGOT_PASSWORD_PAGE,
            "/jakarta.faces.resource/", "/resources/");
    private static final String API = "/api/";

    @Inject
    SignedInAccount me;

    @Inject
    LastSignIn lastSignIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() == null || OPEN.stream().anyMatch(path::startsWith)
                || !passwordChangeRequired(path, request)) {
            chain.doFilter(request, response);
        } else if (path.startsWith(API)) {
            ApiError.of(ApiError.Type.GENERAL, HttpServletResponse.SC_FORBIDDEN, "this password was set by an"
                    + " administrator and opens nothing but its own change: sign in on the web and choose your own"
                    + " password first").write(response);
        } else if (path.endsWith(".xhtml") || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + SETTINGS_PAGE);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** The API signs in at every request and never has a session; a page session remembers its sign-in. */
    private boolean passwordChangeRequired(String path, HttpServletRequest request) {
        if (path.startsWith(API)) {
            return lastSignIn.passwordChangeRequired();
        }
        return request.getSession(false) != null && me.isPasswordChangeRequired();
    }
}
