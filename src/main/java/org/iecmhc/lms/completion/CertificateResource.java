package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.ApiError.FieldError;
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.api.IdempotentRequests;
import org.iecmhc.lms.platform.api.JsonInput;
import org.iecmhc.lms.platform.api.Paging;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.time.RecordDates;

/**
 * Completion certificates as the certificate page and the completion board give them: a cohort's certificates for
 * administrators, one certificate for its trainee or an administrator, and an administrator's confirmation that an
 * eligible trainee completed (which issues the certificate). Messages are in English.
 */
@Path("/certificates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINEE, Roles.ADMINISTRATOR})
public class CertificateResource {

    @Inject
    Completions completion;

    @Inject
    CurrentViewer viewer;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "The current certificates of one cohort (cohort=id, required), by trainee name, a page at a"
            + " time; issuedAt is UTC")
    @Extension(name = Paging.EXTENSION, value = "true")
    public List<CertificateRowJson> list(@QueryParam("cohort") Long cohort, @Context UriInfo uri,
                                         @Context HttpServletRequest request) {
        Paging paging = Paging.of(uri);
        if (cohort == null) {
            throw new WebApplicationException(ApiError.invalid(List.of(new FieldError("cohort", "must be a cohort id"))));
        }
        List<CertificateRow> rows = completion.certificatesOf(viewer.get(), cohort);
        return paging.answer(paging.slice(rows).stream().map(CertificateRowJson::of).toList(), rows.size(), uri, request);
    }

    @GET
    @Path("/{enrollmentId}")
    @Operation(summary = "The certificate of one enrollment, for its trainee or an administrator (404 for anyone else),"
            + " with the figures it was issued with")
    public CertificateJson one(@PathParam("enrollmentId") long enrollmentId) {
        return completion.certificate(viewer.get(), enrollmentId).map(CertificateJson::of)
                .orElseThrow(() -> new WebApplicationException(notFound()));
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Extension(name = IdempotentRequests.EXTENSION, value = "true")
    @Operation(summary = "Confirms that an eligible trainee completed the program, as the completion board does, from"
            + " {enrollmentId, completedOn (optional date; by default the day the last requirement was met)}: the"
            + " enrollment ends as completed and its certificate is issued")
    @APIResponse(responseCode = "201", description = "The new certificate; Location is its address",
            content = @Content(schema = @Schema(implementation = CertificateJson.class)))
    public Response confirm(String body) {
        JsonObject json = JsonInput.object(body);
        List<FieldError> errors = new ArrayList<>();
        Integer enrollmentId = JsonInput.wholeNumber(json.get("enrollmentId"), 1, Integer.MAX_VALUE).orElse(null);
        if (enrollmentId == null) {
            errors.add(new FieldError("enrollmentId", "must be an enrollment id"));
        }
        LocalDate completedOn = completedOn(json.get("completedOn"), errors);
        if (!errors.isEmpty()) {
            return ApiError.invalid(errors);
        }
        try {
            completion.confirm(viewer.get(), enrollmentId, completedOn);
        } catch (CompletionRejected rejected) {
            if ("enrollment.notFound".equals(rejected.messageKey())) {
                return ApiError.response(Response.Status.NOT_FOUND, "no such enrollment");
            }
            String message = Messages.text(Locale.ENGLISH, rejected.messageKey());
            return ApiError.refused(message, List.of(new FieldError(rejected.field(), message)), null);
        }
        CertificateJson issued = completion.certificate(viewer.get(), enrollmentId).map(CertificateJson::of).orElseThrow();
        return Response.created(URI.create("certificates/" + enrollmentId)).entity(issued).build();
    }

    private LocalDate completedOn(JsonValue value, List<FieldError> errors) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        try {
            if (value instanceof JsonString text) {
                LocalDate day = RecordDates.parseDate(text.getString());
                if (RecordDates.isWithinRange(day.getYear(), clock)) {
                    return day;
                }
            }
        } catch (DateTimeParseException malformed) {
            // answered below, as for any other value that is no date
        }
        errors.add(new FieldError("completedOn", "must be a date such as 2026-06-30 in a year from "
                + RecordDates.FIRST_YEAR + " to " + RecordDates.lastYear(clock)));
        return null;
    }

    private static Response notFound() {
        return ApiError.response(Response.Status.NOT_FOUND, "no such certificate");
    }

    public record CertificateRowJson(long enrollmentId, String traineeName, String code,
                                     @Schema(format = "date-time") String issuedAt,
                                     @Schema(format = "date") String validUntil) {
        static CertificateRowJson of(CertificateRow row) {
            return new CertificateRowJson(row.enrollmentId(), row.traineeName(), row.code(), row.issuedAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).toInstant().toString(),
                    row.validUntil() == null ? null : row.validUntil().toString());
        }
    }

    /** What the certificate says; {@code validUntil} is absent when it does not expire. */
    public record CertificateJson(String code, String traineeName, String cohort,
                                  @Schema(format = "date") String cohortStart, @Schema(format = "date") String cohortEnd,
                                  @Schema(format = "date") String completedOn,
                                  @Schema(type = SchemaType.NUMBER, format = "decimal") BigDecimal supervisionHours,
                                  int copMeetings,
                                  @Schema(type = SchemaType.NUMBER, format = "decimal") BigDecimal practicumHours,
                                  int coursesPassed, boolean finalEvaluation,
                                  @Schema(format = "date") String validUntil) {
        static CertificateJson of(CertificateDocument d) {
            return new CertificateJson(d.code(), d.traineeName(), d.cohortName(), text(d.cohortStart()),
                    text(d.cohortEnd()), text(d.completedOn()), d.supervisionHours(), d.copMeetings(),
                    d.practicumHours(), d.coursesPassed(), d.finalEvaluation(), text(d.validUntil()));
        }

        private static String text(LocalDate day) {
            return day == null ? null : day.toString();
        }
    }
}
