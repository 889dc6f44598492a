package org.iecmhc.lms.platform.errors;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one answer to a request while the database cannot be reached, whichever layer meets the outage (the Faces
 * failure handler, the filter in front of everything else, the API's exception mapper, the authentication
 * mechanism): 503 with a Retry-After, so that people and load balancers know to come back, and for a person the
 * translated page that web.xml maps 503 to.
 */
public final class Unavailable {

    public static final String PAGE = "/error/unavailable.xhtml";
    public static final String RETRY_AFTER_SECONDS = "30";
    /** What an API caller reads in the JSON error. */
    public static final String API_ERROR = "temporarily unavailable";

    private Unavailable() {
    }

    /** Status and Retry-After only: the caller writes the body or forwards to {@link #PAGE}. */
    public static void answer(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    }
}
