package org.iecmhc.lms.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every refused API call: {@code {"error": "..."}}, never a stack trace. */
public record ApiError(String error) {

    public static Response response(Response.Status status, String error) {
        return response(status.getStatusCode(), error);
    }

    /** For statuses without a constant, such as 413 and 422. */
    public static Response response(int status, String error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(error)).build();
    }
}
