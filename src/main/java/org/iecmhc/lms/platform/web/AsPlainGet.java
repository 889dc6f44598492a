package org.iecmhc.lms.platform.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request shown an error page as a plain GET with no fields: the page of a failed form post would otherwise be
 * taken for a post-back of a view it never saw, and the fields of a post that was too large cannot be read at all.
 */
final class AsPlainGet extends HttpServletRequestWrapper {

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
