package org.iecmhc.lms.cohort;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.time.RecordDates;

/**
 * A cohort's enrollments for administrators, through the service of the enrollments page (same rules, same
 * invitation mail, same audit): list, read, enrol one person, move an enrollment along its lifecycle. Dates are
 * California dates; messages are in English.
 */
@Path("/cohorts/{id}/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMINISTRATOR)
public class EnrollmentResource {

    private static final String STATUSES = "must be one of " + List.of(EnrollmentStatus.values());

    @Inject
    Cohorts cohorts;

    @Inject
    Enrollments enrollments;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The cohort's enrollments by trainee name, a page at a time, with status and effective dates"
            + " (California dates); status keeps those in one status, q those whose trainee's name or email contains"
            + " it")
    @Extension(name = Paging.EXTENSION, value = "true")
    public List<EnrollmentJson> list(@PathParam("id") long cohortId, @QueryParam("status") String statusName,
                                     @QueryParam("q") String text, @Context UriInfo uri,
                                     @Context HttpServletRequest request) {
        requireCohort(cohortId);
        Paging paging = Paging.of(uri);
        EnrollmentStatus status = statusName == null ? null : statusNamed(statusName).orElseThrow(() ->
                new WebApplicationException(ApiError.invalid(List.of(new FieldError("status", STATUSES)))));
        return paging.answer(enrollments.search(cohortId, text, status, paging.offset(), paging.size()).stream()
                .map(EnrollmentJson::of).toList(), enrollments.countMatching(cohortId, text, status), uri, request);
    }

    @GET
    @Path("/{enrollment}")
    @Operation(summary = "One enrollment, with its version as ETag (send it back in If-Match to change it)")
    public EnrollmentJson one(@PathParam("id") long cohortId, @PathParam("enrollment") long id,
                              @Context Request request, @Context HttpServletRequest servlet) {
        Enrollment enrollment = require(cohortId, id);
        return RecordVersions.read(request, servlet, EnrollmentJson.of(enrollment), enrollment.getVersion());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Extension(name = IdempotentRequests.EXTENSION, value = "true")
    @Operation(summary = "Enrols a person from {email, firstName, lastName, language (en, es), status (APPLIED or"
            + " ENROLLED, default ENROLLED), enrolledOn (default the cohort's start)}; names and language are needed"
            + " only for a new person, who gets a trainee account and an invitation mail")
    @APIResponse(responseCode = "201", description = "The new enrollment; Location is its address",
            content = @Content(schema = @Schema(implementation = EnrollmentJson.class)))
    public Response enrol(@PathParam("id") long cohortId, String body) {
        requireCohort(cohortId);
        JsonObject json = JsonInput.object(body);
        List<FieldError> errors = new ArrayList<>();
        String email = text(json, "email", true, errors);
        String firstName = text(json, "firstName", false, errors);
        String lastName = text(json, "lastName", false, errors);
        Language language = language(json, errors);
        EnrollmentStatus status = status(json, EnrollmentStatus.ENROLLED, errors);
        if (status != null && !status.isActive()) {
            errors.add(new FieldError("status", "must be APPLIED or ENROLLED"));
        }
        LocalDate enrolledOn = date(json, "enrolledOn", errors);
        if (!errors.isEmpty()) {
            return ApiError.invalid(errors);
        }
        try {
            Enrollment enrollment = enrollments.enrol(cohortId, email, firstName, lastName, language, status, enrolledOn);
            return Response.created(URI.create("cohorts/" + cohortId + "/enrollments/" + enrollment.getId()))
                    .entity(EnrollmentJson.of(enrollment)).build();
        } catch (CohortRejected rejected) {
            return refused(rejected);
        }
    }

    @PUT
    @Path("/{enrollment}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves the enrollment to {status}: ENROLLED (an applicant, with an optional enrolledOn),"
            + " WITHDRAWN (with withdrawnOn and reason) or NOT_COMPLETED (an enrolled trainee, with an optional"
            + " endedOn); If-Match with the ETag read refuses the change when the enrollment changed since (412)")
    public EnrollmentJson change(@PathParam("id") long cohortId, @PathParam("enrollment") long id, String body,
                                 @Context Request request, @Context HttpServletRequest servlet) {
        long version = RecordVersions.requireMatch(request, require(cohortId, id).getVersion());
        JsonObject json = JsonInput.object(body);
        List<FieldError> errors = new ArrayList<>();
        EnrollmentStatus status = status(json, null, errors);
        LocalDate on = null;
        String reason = null;
        if (status == EnrollmentStatus.ENROLLED) {
            on = date(json, "enrolledOn", errors);
        } else if (status == EnrollmentStatus.WITHDRAWN) {
            on = date(json, "withdrawnOn", errors);
            reason = text(json, "reason", false, errors);
        } else if (status == EnrollmentStatus.NOT_COMPLETED) {
            on = date(json, "endedOn", errors);
        }
        if (!errors.isEmpty()) {
            throw new WebApplicationException(ApiError.invalid(errors));
        }
        try {
            enrollments.move(id, version, status, on, reason);
        } catch (CohortRejected rejected) {
            throw new WebApplicationException(refused(rejected));
        }
        Enrollment changed = require(cohortId, id);
        return RecordVersions.changed(servlet, EnrollmentJson.of(changed), changed.getVersion());
    }

    private void requireCohort(long cohortId) {
        if (cohorts.find(cohortId).isEmpty()) {
            throw new WebApplicationException(ApiError.response(Response.Status.NOT_FOUND, "no such cohort"));
        }
    }

    /** The enrollment, when it is one of this cohort's. */
    private Enrollment require(long cohortId, long id) {
        return enrollments.find(id).filter(e -> e.getCohort().getId() == cohortId)
                .orElseThrow(() -> new WebApplicationException(
                        ApiError.response(Response.Status.NOT_FOUND, "no such enrollment")));
    }

    private static Response refused(CohortRejected rejected) {
        FieldError error = new FieldError(rejected.field(), Messages.text(Locale.ENGLISH, rejected.messageKey()));
        return ApiError.refused(error.message(), List.of(error), null);
    }

    /** A text field; an optional one may be missing or null. */
    private static String text(JsonObject json, String field, boolean required, List<FieldError> errors) {
        JsonValue value = json.get(field);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (required || (value != null && value != JsonValue.NULL)) {
            errors.add(new FieldError(field, "must be a string"));
        }
        return null;
    }

    private static Language language(JsonObject json, List<FieldError> errors) {
        JsonValue value = json.get("language");
        if (value == null || value == JsonValue.NULL) {
            return Language.EN;
        }
        for (Language language : Language.values()) {
            if (value instanceof JsonString code && language.code().equals(code.getString())) {
                return language;
            }
        }
        errors.add(new FieldError("language", "must be en or es"));
        return null;
    }

    /** The status named, or the fallback when none is (a null fallback makes it required). */
    private static EnrollmentStatus status(JsonObject json, EnrollmentStatus fallback, List<FieldError> errors) {
        JsonValue value = json.get("status");
        if ((value == null || value == JsonValue.NULL) && fallback != null) {
            return fallback;
        }
        Optional<EnrollmentStatus> named = value instanceof JsonString code ? statusNamed(code.getString())
                : Optional.empty();
        if (named.isEmpty()) {
            errors.add(new FieldError("status", STATUSES));
        }
        return named.orElse(null);
    }

    private static Optional<EnrollmentStatus> statusNamed(String name) {
        return Arrays.stream(EnrollmentStatus.values()).filter(status -> status.name().equals(name)).findFirst();
    }

    /** An optional date, in a year records may have. */
    private LocalDate date(JsonObject json, String field, List<FieldError> errors) {
        String text = text(json, field, false, errors);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = RecordDates.parseDate(text);
            if (RecordDates.isWithinRange(date.getYear(), clock)) {
                return date;
            }
            errors.add(new FieldError(field, "must be in a year from " + RecordDates.FIRST_YEAR + " to "
                    + RecordDates.lastYear(clock)));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date such as 2026-09-01"));
        }
        return null;
    }

    /** Status and effective dates; the withdrawal reason, typed about a person, stays on the page. */
    public record EnrollmentJson(long id, long cohortId, long traineeId, String email, String name, String status,
                                 @Schema(format = "date") String appliedOn, @Schema(format = "date") String enrolledOn,
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
}
