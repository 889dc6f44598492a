package org.iecmhc.lms.cohort;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;
import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.Created;
import org.iecmhc.lms.platform.api.CsvImportAnswer;
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Roles;

/**
 * A cohort's enrollments for administrators, through the service of the enrollments page (same rules, same
 * invitation mail, same audit): list, read, enrol one person, move an enrollment along its lifecycle. Dates are
 * California dates; messages are in English.
 */
@Path("/cohorts/{id}/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class EnrollmentResource {

    @Inject
    Cohorts cohorts;

    @Inject
    Enrollments enrollments;

    @Inject
    EnrollmentHistory history;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The cohort's enrollments by trainee name, a page at a time, with status and effective dates"
            + " (California dates); status keeps those in one status, q those whose trainee's name or email contains"
            + " it")
    @Parameters({
            @Parameter(name = "status", in = ParameterIn.QUERY, description = "Keeps the enrollments in this status",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "cohort.EnrollmentStatus"))),
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "Keeps the enrollments whose trainee's name or email contains this text",
                    schema = @Schema(type = SchemaType.STRING))})
    public List<EnrollmentJson> list(@PathParam("id") long cohortId, @Context UriInfo uri,
                                     @Context HttpServletRequest request) {
        requireCohort(cohortId);
        PageQuery filters = PageQuery.of(uri, request);
        EnrollmentStatus status = filters.choice("status", EnrollmentStatus.class);
        String text = filters.text("q");
        filters.requireValid();
        return filters.answer(enrollments.search(cohortId, text, status, filters.offset(), filters.size()),
                EnrollmentJson::of, enrollments.countMatching(cohortId, text, status));
    }

    @GET
    @Path("/{enrollment}")
    @Operation(summary = "One enrollment, with its version as ETag (send it back in If-Match to change it)")
    public EnrollmentJson one(@PathParam("id") long cohortId, @PathParam("enrollment") long id,
                              @Context Request request, @Context HttpServletRequest servlet) {
        Enrollment enrollment = require(cohortId, id);
        return RecordVersions.read(request, servlet, enrollment, EnrollmentJson::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Enrols a person from {email, firstName, lastName, language (en, es), status (APPLIED or"
            + " ENROLLED, default ENROLLED), enrolledOn (default the cohort's start)}; names and language are needed"
            + " only for a new person, who gets a trainee account and an invitation mail")
    @APIResponse(responseCode = "201", description = "The new enrollment; Location is its address",
            content = @Content(schema = @Schema(implementation = EnrollmentJson.class)))
    public Response enrol(@PathParam("id") long cohortId, @RequestBody(ref = "EnrollmentBody") String body) {
        requireCohort(cohortId);
        JsonFields fields = JsonFields.of(body);
        String email = fields.text("email");
        String firstName = fields.optionalText("firstName");
        String lastName = fields.optionalText("lastName");
        Language language = fields.has("language") ? fields.choice("language", Language.class) : Language.EN;
        EnrollmentStatus status = fields.has("status") ? fields.choice("status", EnrollmentStatus.class)
                : EnrollmentStatus.ENROLLED;
        if (status != null && !status.isActive()) {
            fields.problem("status", "must be APPLIED or ENROLLED");
        }
        LocalDate enrolledOn = fields.optionalDate("enrolledOn", clock);
        fields.requireValid();
        Enrollment enrollment = JsonFields.underRules(() -> enrollments.enrol(cohortId, email, firstName, lastName,
                language, status, enrolledOn));
        return Created.at("cohorts/" + cohortId + "/enrollments/" + enrollment.getId(), EnrollmentJson.of(enrollment));
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Idempotent
    @Operation(summary = "Imports the cohort's past enrollments from CSV (email,first_name,last_name,preferred_language,"
            + "status,enrolled_on,ended_on,withdrawal_reason), all lines or none, closed cohorts too; new people get a"
            + " trainee account and no mail; dryRun=true only checks")
    @APIResponse(responseCode = "200", description = "How many lines were imported, {\"imported\": 12}, or would be"
            + " with dryRun, {\"wouldImport\": 12}")
    public Response importHistory(@PathParam("id") long cohortId, byte[] body, @QueryParam("dryRun") boolean dryRun) {
        requireCohort(cohortId);
        return CsvImportAnswer.answer(history.into(cohortId), body, dryRun, "enrollment");
    }

    @PUT
    @Path("/{enrollment}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves the enrollment to {status}: ENROLLED (an applicant, with an optional enrolledOn),"
            + " WITHDRAWN (with withdrawnOn and reason) or NOT_COMPLETED (an enrolled trainee, with an optional"
            + " endedOn); If-Match with the ETag read refuses the change when the enrollment changed since (412)")
    public EnrollmentJson change(@PathParam("id") long cohortId, @PathParam("enrollment") long id,
            @RequestBody(ref = "EnrollmentChangeBody") String body, @Context Request request,
            @Context HttpServletRequest servlet) {
        long version = RecordVersions.requireMatch(request, require(cohortId, id).getVersion());
        JsonFields fields = JsonFields.of(body);
        EnrollmentStatus status = fields.choice("status", EnrollmentStatus.class);
        LocalDate on = null;
        String reason = null;
        if (status == EnrollmentStatus.ENROLLED) {
            on = fields.optionalDate("enrolledOn", clock);
        } else if (status == EnrollmentStatus.WITHDRAWN) {
            on = fields.optionalDate("withdrawnOn", clock);
            reason = fields.optionalText("reason");
        } else if (status == EnrollmentStatus.NOT_COMPLETED) {
            on = fields.optionalDate("endedOn", clock);
        }
        fields.requireValid();
        LocalDate effectiveOn = on;
        String why = reason;
        JsonFields.underRules(() -> enrollments.move(id, version, status, effectiveOn, why));
        Enrollment changed = require(cohortId, id);
        return RecordVersions.changed(servlet, changed, EnrollmentJson::of);
    }

    private void requireCohort(long cohortId) {
        if (cohorts.find(cohortId).isEmpty()) {
            throw ApiError.noSuch("cohort");
        }
    }

    /** The enrollment, when it is one of this cohort's. */
    private Enrollment require(long cohortId, long id) {
        return enrollments.find(id).filter(e -> e.getCohort().getId() == cohortId)
                .orElseThrow(() -> ApiError.noSuch("enrollment"));
    }

    /** Status and effective dates; the withdrawal reason, typed about a person, stays on the page. */
    public record EnrollmentJson(long id, long cohortId, long traineeId, String email, String name,
                                 @Schema(extensions = @Extension(name = NAMES, value = "cohort.EnrollmentStatus")) String status,
                                 @Schema(format = "date", example = "2025-08-04") String appliedOn,
                                 @Schema(format = "date", example = "2025-09-01") String enrolledOn,
                                 @Schema(format = "date") String withdrawnOn, @Schema(format = "date") String endedOn) {
        static EnrollmentJson of(Enrollment e) {
            return new EnrollmentJson(e.getId(), e.getCohort().getId(), e.getTrainee().getId(), e.getTrainee().getEmail(),
                    e.getTrainee().getDisplayName(), e.getStatus().name(), text(e.getAppliedOn()),
                    text(e.getEnrolledOn()), text(e.getWithdrawnOn()), text(e.getEndedOn()));
        }

        private static String text(LocalDate date) {
            return date == null ? null : date.toString();
        }
    }

    /** A new enrollment, described for /openapi; names and language count only for a person without an account. */
    public record EnrollmentBody(@Schema(required = true, format = "email") String email,
                                 String firstName, String lastName,
                                 @Schema(description = "en when absent", extensions = @Extension(name = LOWER_CASE,
                                         value = "platform.i18n.Language")) String language,
                                 @Schema(description = "APPLIED or ENROLLED; ENROLLED when absent",
                                         extensions = @Extension(name = NAMES, value = "cohort.EnrollmentStatus")) String status,
                                 @Schema(format = "date", description = "the cohort's start when absent") String enrolledOn) {
    }

    /** A move of an enrollment; the date and reason read are the status's own. */
    public record EnrollmentChangeBody(@Schema(required = true, description = "ENROLLED, WITHDRAWN or NOT_COMPLETED",
                                               extensions = @Extension(name = NAMES, value = "cohort.EnrollmentStatus")) String status,
                                       @Schema(format = "date", description = "with ENROLLED") String enrolledOn,
                                       @Schema(format = "date", description = "with WITHDRAWN") String withdrawnOn,
                                       @Schema(description = "with WITHDRAWN", example = "Moved out of state") String reason,
                                       @Schema(format = "date", description = "with NOT_COMPLETED") String endedOn) {
    }
}
