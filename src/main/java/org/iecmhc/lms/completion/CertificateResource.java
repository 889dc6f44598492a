package org.iecmhc.lms.completion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.Created;
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;

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
    @Parameters({
            @Parameter(name = "cohort", in = ParameterIn.QUERY, required = true, description = "The cohort whose certificates are listed",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))})
    public List<CertificateRowJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery filters = PageQuery.of(uri, request);
        Long cohort = filters.text("cohort") == null ? filters.problem("cohort", "must be a cohort id")
                : filters.id("cohort");
        filters.requireValid();
        List<CertificateRow> rows = completion.certificatesOf(viewer.get(), cohort);
        return filters.answerSlice(rows, CertificateRowJson::of);
    }

    @GET
    @Path("/{enrollmentId}")
    @Operation(summary = "The certificate of one enrollment, for its trainee or an administrator (404 for anyone else),"
            + " with the figures it was issued with")
    public CertificateJson one(@PathParam("enrollmentId") long enrollmentId) {
        return completion.certificate(viewer.get(), enrollmentId).map(CertificateJson::of)
                .orElseThrow(() -> ApiError.noSuch("certificate"));
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Confirms that an eligible trainee completed the program, as the completion board does, from"
            + " {enrollmentId, completedOn (optional date; by default the day the last requirement was met)}: the"
            + " enrollment ends as completed and its certificate is issued")
    @APIResponse(responseCode = "201", description = "The new certificate; Location is its address",
            content = @Content(schema = @Schema(implementation = CertificateJson.class)))
    public Response confirm(@RequestBody(ref = "CompletionConfirmationBody") String body) {
        JsonFields fields = JsonFields.of(body);
        Long enrollmentId = fields.id("enrollmentId");
        LocalDate completedOn = fields.optionalDate("completedOn", clock);
        fields.requireValid();
        try {
            completion.confirm(viewer.get(), enrollmentId, completedOn);
        } catch (CompletionRejected rejected) {
            throw "enrollment.notFound".equals(rejected.messageKey()) ? ApiError.noSuch("enrollment")
                    : JsonFields.refused(rejected);
        }
        CertificateJson issued = completion.certificate(viewer.get(), enrollmentId).map(CertificateJson::of).orElseThrow();
        return Created.at("certificates/" + enrollmentId, issued);
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

    /** A completion to confirm, described for /openapi; the body is read field by field. */
    public record CompletionConfirmationBody(@Schema(required = true) long enrollmentId,
                                             @Schema(format = "date", description = "today when absent") String completedOn) {
    }
}
