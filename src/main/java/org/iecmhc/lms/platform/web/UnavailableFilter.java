package org.iecmhc.lms.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.iecmhc.lms.platform.errors.FacesFailureHandler;
import org.iecmhc.lms.platform.errors.Failures;
import org.iecmhc.lms.platform.errors.Unavailable;

/**
 * While the database cannot be reached, every request that needs it gets the {@link Unavailable} answer. Faces
 * pages are turned into it by {@link FacesFailureHandler}; this filter covers what
 * reaches the container otherwise (downloads, Ajax redirects to the page).
 */
@WebFilter(filterName = "unavailable", urlPatterns = "/*")
public class UnavailableFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UnavailableFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().equals(request.getContextPath() + Unavailable.PAGE)) {
            Unavailable.answer(response);
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!Failures.isDatabaseUnavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.log(Level.WARNING, "Database unavailable for " + request.getRequestURI(), failure);
            response.resetBuffer();
            Unavailable.answer(response);
            // Shown as for a plain GET: the page of a failed form post would otherwise be taken for a post-back.
            request.getRequestDispatcher(Unavailable.PAGE).forward(new AsPlainGet(request), response);
        }
    }

    private static final class AsPlainGet extends HttpServletRequestWrapper {

        AsPlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
