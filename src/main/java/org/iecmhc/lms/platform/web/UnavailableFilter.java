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

/**
 * While the database cannot be reached, every request that needs it answers 503 with the translated
 * "temporarily unavailable" page (web.xml maps 503 to it) and a Retry-After, so that people and load balancers
 * know to come back. Faces pages are turned into a 503 by {@link FacesFailureHandler}; this filter covers what
 * reaches the container otherwise (downloads, Ajax redirects to the page).
 */
@WebFilter(filterName = "unavailable", urlPatterns = "/*")
public class UnavailableFilter extends HttpFilter {

    public static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger LOG = Logger.getLogger(UnavailableFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().equals(request.getContextPath() + FacesFailureHandler.UNAVAILABLE_PAGE)) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!Failures.isDatabaseUnavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.log(Level.WARNING, "Database unavailable for " + request.getRequestURI(), failure);
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            // Shown as for a plain GET: the page of a failed form post would otherwise be taken for a post-back.
            request.getRequestDispatcher(FacesFailureHandler.UNAVAILABLE_PAGE).forward(new AsPlainGet(request), response);
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
