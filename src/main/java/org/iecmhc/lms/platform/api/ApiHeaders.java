package org.iecmhc.lms.platform.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers a resource method adds to its successful answer (a page's Link and X-Total-Count, a record's ETag) while it
 * returns the record itself, not a Response: the OpenAPI document is built from what resource methods return, so a
 * method that returns its record type is described with that record's fields.
 */
@Provider
public class ApiHeaders implements ContainerResponseFilter {

    private static final String ADDED = ApiHeaders.class.getName() + ".added";

    /** Adds the header to this request's answer if it succeeds. */
    @SuppressWarnings("unchecked")
    public static void add(HttpServletRequest request, String name, Object value) {
        Map<String, List<Object>> added = (Map<String, List<Object>>) request.getAttribute(ADDED);
        if (added == null) {
            added = new LinkedHashMap<>();
            request.setAttribute(ADDED, added);
        }
        added.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // In a servlet container the request's properties are the servlet request's attributes.
        if (request.getProperty(ADDED) instanceof Map<?, ?> added
                && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
            ((Map<String, List<Object>>) added).forEach((name, values) -> values
                    .forEach(value -> response.getHeaders().add(name, value)));
        }
    }
}
