package org.iecmhc.lms.platform.api;

import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.iecmhc.lms.platform.audit.AuditedRecord;

/**
 * ETags of the API are the records' optimistic-lock versions ({@code @Version}), so a client's {@code If-Match}
 * ties into the same check the pages make. A stale {@code If-Match} is refused before anything is done (412); two
 * updates of the same version racing each other are refused at commit ({@code RecordChangedMeanwhile}, 409, by
 * {@link ApiExceptionMapper}).
 */
public final class RecordVersions {

    private RecordVersions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The record, answered with its ETag, or 304 when the caller's {@code If-None-Match} already names this version. */
    public static <T> T read(Request request, HttpServletRequest servletRequest, T body, long version) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag(version));
        if (unchanged != null) {
            throw new WebApplicationException(unchanged.tag(tag(version)).build());
        }
        ApiHeaders.add(servletRequest, "ETag", tag(version));
        return body;
    }

    /**
     * The record as {@code json} shows it, answered as {@link #read(Request, HttpServletRequest, Object, long)} with
     * the record's own version.
     */
    public static <R extends AuditedRecord, T> T read(Request request, HttpServletRequest servletRequest, R record,
                                                      Function<? super R, T> json) {
        return read(request, servletRequest, json.apply(record), record.getVersion());
    }

    /**
     * Refuses an update whose {@code If-Match} names another version than the stored one; an update without
     * {@code If-Match} applies to the stored version. Answers the version the update builds on.
     */
    public static long requireMatch(Request request, long storedVersion) {
        if (request.evaluatePreconditions(tag(storedVersion)) != null) {
            Response stale = ApiError.of(ApiError.Type.STALE_VERSION, Response.Status.PRECONDITION_FAILED.getStatusCode(),
                    "If-Match names version(s) other than the stored one, " + tag(storedVersion)
                            + "; read the record again").toResponse();
            throw new WebApplicationException(Response.fromResponse(stale).tag(tag(storedVersion)).build());
        }
        return storedVersion;
    }

    /** The changed record, answered with its new ETag. */
    public static <T> T changed(HttpServletRequest servletRequest, T body, long version) {
        ApiHeaders.add(servletRequest, "ETag", tag(version));
        return body;
    }

    /** The changed record as {@code json} shows it, answered with its own new version as ETag. */
    public static <R extends AuditedRecord, T> T changed(HttpServletRequest servletRequest, R record,
                                                         Function<? super R, T> json) {
        return changed(servletRequest, json.apply(record), record.getVersion());
    }
}
