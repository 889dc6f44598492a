package org.iecmhc.lms.course;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.security.Roles;

/** A submission with its grade, for its trainee, the course's faculty member and administrators; 404 for anyone else. */
@Path("/submissions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINEE, Roles.FACULTY, Roles.ADMINISTRATOR})
public class SubmissionResource {

    @Inject
    Submissions submissions;

    @GET
    @Path("/{id}")
    @Operation(summary = "One submission: status, late flag, attempts, points and feedback (UTC times)")
    public SubmissionJson submission(@PathParam("id") long id, @Context SecurityContext security,
                                     @Context Request request, @Context HttpServletRequest servlet) {
        Submission s = submissions.readable(security.getUserPrincipal().getName(), id).orElseThrow(NotFoundException::new);
        List<AttemptJson> attempts = s.getAttempts().stream()
                .map(a -> new AttemptJson(a.getAttemptNumber(), a.getSubmittedAt().atOffset(ZoneOffset.UTC).toInstant().toString(),
                        a.isLate(), a.getBody())).toList();
        return RecordVersions.read(request, servlet, new SubmissionJson(s.getId(), s.getAssignment().getId(),
                s.getAssignment().getTitle(), s.getTrainee().getEmail(), s.getStatus().name(), s.isLate(),
                s.getStatus() == SubmissionStatus.GRADED ? s.getPoints() : null, s.getAssignment().getMaxPoints(),
                s.getFeedback(), attempts), s.getVersion());
    }

    public record SubmissionJson(long id, long assignmentId, String assignment, String trainee, String status, boolean late,
                                 @Schema(type = SchemaType.NUMBER, format = "decimal") BigDecimal points, int maxPoints, String feedback, List<AttemptJson> attempts) {
    }

    /** @param submittedAt UTC, ISO-8601 with Z */
    public record AttemptJson(int number, @Schema(format = "date-time") String submittedAt, boolean late, String text) {
    }
}
