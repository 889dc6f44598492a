package org.iecmhc.lms.identity;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Someone signed in with a one-time or reset password sees only the settings page until they choose their own. */
@WebFilter("*.xhtml")
public class PasswordChangeGate extends HttpFilter {

    static final String SETTINGS_PAGE = "/account/settings.xhtml";

    @Inject
    SignedInAccount me;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        boolean exempt = SETTINGS_PAGE.equals(path) || path.startsWith("/error/") || "/login.xhtml".equals(path);
        if (!exempt && request.getUserPrincipal() != null && request.getSession(false) != null
                && me.isPasswordChangeRequired()) {
            response.sendRedirect(request.getContextPath() + SETTINGS_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
