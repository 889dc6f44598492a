package org.iecmhc.lms.platform.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns every failure of an API call into a JSON error; the details go to the server log only. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            Response original = web.getResponse();
            if (original.hasEntity() && MediaType.APPLICATION_JSON_TYPE.isCompatible(original.getMediaType())) {
                return original;
            }
            Response.StatusType status = original.getStatusInfo();
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT))).build();
        }
        LOG.log(Level.SEVERE, "API call failed", failure);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "internal error");
    }
}
