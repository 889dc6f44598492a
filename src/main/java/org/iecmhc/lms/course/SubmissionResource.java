package org.iecmhc.lms.course;

import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.ApiError.FieldError;
import org.iecmhc.lms.platform.api.JsonInput;
import org.iecmhc.lms.platform.api.Paging;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.Roles;

/**
 * Submissions with their grades, for their trainee, the course's faculty and administrators (404 for anyone else);
 * the course's faculty grade them as on the grading page, with the same rules and notifications.
 */
@Path("/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINEE, Roles.FACULTY, Roles.ADMINISTRATOR})
public class SubmissionResource {

    private static final int MAX_ID_DIGITS = 18;

    @Inject
    Submissions submissions;

    @Inject
    Grades grades;

    @GET
    @Operation(summary = "The submissions of an assignment, by trainee name, a page at a time: all of them for the"
            + " course's faculty and administrators, a trainee's own for a trainee (UTC times)")
    public List<SubmissionRowJson> ofAssignment(@QueryParam("assignment") Long assignmentId,
                                                @Context SecurityContext security, @Context UriInfo uri,
                                                @Context HttpServletRequest request) {
        if (assignmentId == null) {
            throw new WebApplicationException(ApiError.invalid(List.of(
                    new FieldError("assignment", "must be the id of an assignment"))));
        }
        Paging paging = Paging.of(uri);
        Submissions.HandedIn page = submissions.ofAssignment(security.getUserPrincipal().getName(), assignmentId,
                paging.offset(), paging.size()).orElseThrow(() -> new WebApplicationException(
                ApiError.response(Response.Status.NOT_FOUND, "no such assignment")));
        return paging.answer(page.rows().stream().map(r -> new SubmissionRowJson(r.id(), assignmentId, r.traineeId(),
                r.traineeName(), r.traineeEmail(), r.status().name(), r.late(),
                r.lastSubmittedAt().atOffset(ZoneOffset.UTC).toInstant().toString(), r.points(), page.maxPoints()))
                .toList(), page.total(), uri, request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One submission: status, late flag, attempts, points and feedback (UTC times)")
    public SubmissionJson submission(@PathParam("id") long id, @Context SecurityContext security,
                                     @Context Request request, @Context HttpServletRequest servlet) {
        Submission s = submissions.readable(security.getUserPrincipal().getName(), id).orElseThrow(NotFoundException::new);
        return RecordVersions.read(request, servlet, s, SubmissionJson::of);
    }

    @PUT
    @Path("/{id}/grade")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FACULTY)
    @Operation(summary = "Grades a submission waiting for grading, as its course's faculty: {points} (0 to the"
            + " assignment's points, two decimals at most), {complete} (complete/incomplete assignments) or {rubric}"
            + " (criterion id to level id, one level of each criterion), and optional {feedback}; If-Match with the"
            + " ETag read refuses the grade when the submission changed since (412)")
    public SubmissionJson grade(@PathParam("id") long id, @RequestBody(ref = "GradeBody") String body,
            @Context SecurityContext security, @Context Request request, @Context HttpServletRequest servlet) {
        String email = security.getUserPrincipal().getName();
        Submission stored = grades.forGrading(email, id).orElseThrow(() -> new WebApplicationException(
                ApiError.response(Response.Status.NOT_FOUND, "no such submission")));
        long version = RecordVersions.requireMatch(request, stored.getVersion());
        JsonObject json = JsonInput.object(body);
        List<FieldError> errors = new ArrayList<>();
        GradeInput input = new GradeInput(points(json, errors), complete(json, errors), rubric(json, errors),
                feedback(json, errors));
        if (!errors.isEmpty()) {
            throw new WebApplicationException(ApiError.invalid(errors));
        }
        try {
            grades.grade(email, id, version, input);
        } catch (CourseRejected rejected) {
            FieldError error = new FieldError(rejected.field(), Messages.text(Locale.ENGLISH, rejected.messageKey()));
            throw new WebApplicationException(ApiError.refused(error.message(), List.of(error), null));
        }
        Submission graded = submissions.readable(email, id).orElseThrow(NotFoundException::new);
        return RecordVersions.changed(servlet, graded, SubmissionJson::of);
    }

    private static BigDecimal points(JsonObject json, List<FieldError> errors) {
        JsonValue value = json.get("points");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.bigDecimalValue().stripTrailingZeros().scale() <= 2) {
            return number.bigDecimalValue();
        }
        errors.add(new FieldError("points", "must be a number with at most two decimals"));
        return null;
    }

    private static Boolean complete(JsonObject json, List<FieldError> errors) {
        JsonValue value = json.get("complete");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        errors.add(new FieldError("complete", "must be true or false"));
        return null;
    }

    private static Map<Long, Long> rubric(JsonObject json, List<FieldError> errors) {
        JsonValue value = json.get("rubric");
        if (value == null || value == JsonValue.NULL) {
            return Map.of();
        }
        Map<Long, Long> choices = new HashMap<>();
        if (value instanceof JsonObject byCriterion) {
            for (Map.Entry<String, JsonValue> choice : byCriterion.entrySet()) {
                if (choice.getKey().matches("[1-9]\\d{0," + (MAX_ID_DIGITS - 1) + "}")
                        && choice.getValue() instanceof JsonNumber level && level.isIntegral()
                        && level.bigDecimalValue().signum() > 0
                        && level.bigDecimalValue().precision() <= MAX_ID_DIGITS) {
                    choices.put(Long.valueOf(choice.getKey()), level.longValue());
                } else {
                    errors.add(new FieldError("rubric", "maps each criterion id to the id of one of its levels"));
                    return Map.of();
                }
            }
            return choices;
        }
        errors.add(new FieldError("rubric", "maps each criterion id to the id of one of its levels"));
        return Map.of();
    }

    private static String feedback(JsonObject json, List<FieldError> errors) {
        JsonValue value = json.get("feedback");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        errors.add(new FieldError("feedback", "must be a string"));
        return null;
    }

    /**
     * A grade as the assignment asks for it, described for /openapi (the body is read field by field, to name each
     * one of the wrong type): {@code points}, {@code complete} or {@code rubric}, and optional {@code feedback}.
     */
    public record GradeBody(@Schema(type = SchemaType.NUMBER, format = "decimal", description = "0 to the assignment's"
                                    + " points, two decimals at most") BigDecimal points,
                            @Schema(description = "for complete/incomplete assignments") Boolean complete,
                            @Schema(description = "criterion id to the id of one of its levels") Map<String,
                            Long> rubric,
                            String feedback) {
    }

    /**
     * @param lastSubmittedAt UTC, ISO-8601 with Z
     * @param points          present once the work is graded
     */
    public record SubmissionRowJson(long id, long assignmentId, long traineeId, String traineeName, String trainee,
                                    @Schema(extensions = @Extension(name = NAMES, value = "course.SubmissionStatus")) String status,
                                    boolean late, @Schema(format = "date-time") String lastSubmittedAt,
                                    @Schema(type = SchemaType.NUMBER, format = "decimal") BigDecimal points,
                                    int maxPoints) {
    }

    public record SubmissionJson(long id, long assignmentId, String assignment, String trainee,
                                 @Schema(extensions = @Extension(name = NAMES, value = "course.SubmissionStatus")) String status,
                                 boolean late,
                                 @Schema(type = SchemaType.NUMBER, format = "decimal") BigDecimal points, int maxPoints,
                                 String feedback, List<AttemptJson> attempts) {
        static SubmissionJson of(Submission s) {
            List<AttemptJson> attempts = s.getAttempts().stream()
                    .map(a -> new AttemptJson(a.getAttemptNumber(),
                            a.getSubmittedAt().atOffset(ZoneOffset.UTC).toInstant().toString(), a.isLate(), a.getBody()))
                    .toList();
            return new SubmissionJson(s.getId(), s.getAssignment().getId(), s.getAssignment().getTitle(),
                    s.getTrainee().getEmail(), s.getStatus().name(), s.isLate(),
                    s.getStatus() == SubmissionStatus.GRADED ? s.getPoints() : null, s.getAssignment().getMaxPoints(),
                    s.getFeedback(), attempts);
        }
    }

    /** @param submittedAt UTC, ISO-8601 with Z */
    public record AttemptJson(int number, @Schema(format = "date-time") String submittedAt, boolean late, String text) {
    }
}
