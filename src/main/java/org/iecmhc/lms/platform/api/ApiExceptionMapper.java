package org.iecmhc.lms.platform.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.iecmhc.lms.platform.errors.Failures;
import org.iecmhc.lms.platform.errors.Unavailable;
import org.iecmhc.lms.platform.persistence.DatabaseProbe;
import org.iecmhc.lms.platform.web.ApiRequestGuard;
import org.iecmhc.lms.platform.web.LimitedBody;

/** Turns every failure of an API call into a problem detail; the details of a failure go to the server log only. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof JsonInput.Refused refused) {
            return ApiError.response(Response.Status.BAD_REQUEST, refused.getMessage());
        }
        if (isBodyTooLarge(failure)) {
            return ApiError.response(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, ApiRequestGuard.TOO_LARGE);
        }
        if (failure instanceof WebApplicationException web) {
            if (isMalformedParameter(web)) {
                return ApiError.response(Response.Status.BAD_REQUEST, "malformed parameter: an id is a whole number");
            }
            Response original = web.getResponse();
            if (original.getStatus() < Response.Status.BAD_REQUEST.getStatusCode()) {
                return original;
            }
            if (original.hasEntity() && ApiError.PROBLEM.isCompatible(original.getMediaType())) {
                return original;
            }
            int status = original.getStatus();
            return Response.fromResponse(ApiError.response(status, ApiError.plainDetail(status))).build();
        }
        if (Failures.isRecordChangedMeanwhile(failure)) {
            return ApiError.of(ApiError.Type.CHANGED_MEANWHILE, Response.Status.CONFLICT.getStatusCode(),
                    "changed by someone else meanwhile; read it again").toResponse();
        }
        if (Failures.isDatabaseUnavailable(failure) || DatabaseProbe.isUnreachable()) {
            LOG.log(Level.WARNING, "API call failed: database unavailable", failure);
            return Response.fromResponse(ApiError.response(Response.Status.SERVICE_UNAVAILABLE, Unavailable.API_ERROR))
                    .header("Retry-After", Unavailable.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "API call failed", failure);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "internal error");
    }

    /**
     * JAX-RS answers a path or query parameter it cannot convert ({@code /cohorts/abc}) with a 404 that carries the
     * conversion failure as its cause; an address that matches no resource gives a 404 without one. The first is
     * the caller's mistake, not an unknown record.
     */
    static boolean isMalformedParameter(WebApplicationException failure) {
        return failure.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode() && failure.getCause() != null;
    }

    /** A body sent without a length that went past the limit while it was read (see ApiRequestGuard). */
    private static boolean isBodyTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedBody.TooLarge) {
                return true;
            }
        }
        return false;
    }
}
