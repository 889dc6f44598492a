package org.iecmhc.lms.platform.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.iecmhc.lms.platform.text.JsonText;

/**
 * The body of every refused API call, a problem detail of RFC 9457 ({@code application/problem+json}): type, title,
 * status, detail and, for refused input, {@code errors} with one entry per field (or per line of a CSV body), never a
 * stack trace. Written as text so that resources, filters and servlets answer byte for byte alike.
 */
public record ApiError(Type type, int status, String detail, List<FieldError> errors, Integer total) {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final MediaType PROBLEM = MediaType.valueOf(PROBLEM_JSON);

    /** The kinds of problem a client may act on; every other refusal is {@code about:blank} with its status. */
    public enum Type {
        GENERAL("about:blank", null),
        INVALID_INPUT("urn:iecmhc:problem:invalid-input", "The request has invalid fields"),
        RULE_REFUSED("urn:iecmhc:problem:rule-refused", "A rule refused the request"),
        STALE_VERSION("urn:iecmhc:problem:stale-version", "The record changed since it was read"),
        CHANGED_MEANWHILE("urn:iecmhc:problem:changed-meanwhile", "The record was changed by someone else meanwhile"),
        KEY_REUSED("urn:iecmhc:problem:idempotency-key-reused", "The Idempotency-Key was used for another request");

        private final String uri;
        private final String title;

        Type(String uri, String title) {
            this.uri = uri;
            this.title = title;
        }

        public String uri() {
            return uri;
        }
    }

    /** One field's problem, or one line's of a CSV body ({@code field} is then absent). */
    public record FieldError(String field, Integer line, String message) {
        public FieldError(String field, String message) {
            this(field, null, message);
        }

        public static FieldError ofLine(int line, String message) {
            return new FieldError(null, line, message);
        }
    }

    public static Response response(Response.Status status, String detail) {
        return response(status.getStatusCode(), detail);
    }

    /** The 404 of a record that does not exist or that the caller may not see, answered alike ("no such cohort"). */
    public static WebApplicationException noSuch(String record) {
        return new WebApplicationException(response(Response.Status.NOT_FOUND, "no such " + record));
    }

    /** For statuses without a constant, such as 413 and 422. */
    public static Response response(int status, String detail) {
        return of(Type.GENERAL, status, detail).toResponse();
    }

    public static ApiError of(Type type, int status, String detail) {
        return new ApiError(type, status, detail, null, null);
    }

    /** Bad input ({@code 400}: missing, malformed) with every field's problem at once. */
    public static Response invalid(List<FieldError> errors) {
        return new ApiError(Type.INVALID_INPUT, Response.Status.BAD_REQUEST.getStatusCode(),
                "invalid fields", List.copyOf(errors), null).toResponse();
    }

    /** Well-formed input that a rule refused ({@code 422}); {@code total} counts the problems when only the first are listed. */
    public static Response refused(String detail, List<FieldError> errors, Integer total) {
        return new ApiError(Type.RULE_REFUSED, 422, detail, List.copyOf(errors), total).toResponse();
    }

    public String title() {
        if (type.title != null) {
            return type.title;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? reasonOf(status) : known.getReasonPhrase();
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM).entity(json()).build();
    }

    /** For answers written outside JAX-RS: the container's error pages and the servlet filters in front of the API. */
    public void write(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json());
    }

    public String json() {
        JsonObjectBuilder problem = JsonText.object().add("type", type.uri).add("title", title())
                .add("status", status).add("detail", detail);
        if (errors != null) {
            JsonArrayBuilder list = JsonText.array();
            for (FieldError error : errors) {
                JsonObjectBuilder item = JsonText.object();
                if (error.field() != null) {
                    item.add("field", error.field());
                }
                if (error.line() != null) {
                    item.add("line", error.line());
                }
                list.add(item.add("message", error.message()));
            }
            problem.add("errors", list);
        }
        if (total != null) {
            problem.add("total", total);
        }
        return problem.build().toString();
    }

    /** The phrases of the statuses Response.Status lacks. */
    private static String reasonOf(int status) {
        return switch (status) {
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> "Error " + status;
        };
    }

    /** Lower-case reason phrase, the detail of a refusal that has nothing more to say ("not found"). */
    public static String plainDetail(int status) {
        return of(Type.GENERAL, status, "").title().toLowerCase(Locale.ROOT);
    }
}
