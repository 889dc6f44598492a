package org.iecmhc.lms.completion;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;

/** A cohort's completion figures, for administrators and the cohort's faculty. */
@Path("/cohorts/{id}/completion")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.FACULTY})
public class CompletionResource {

    @Inject
    Completions completion;

    @Inject
    CurrentViewer viewer;

    @GET
    @Operation(summary = "One object per enrollment of the cohort with its progress toward completion; hours are"
            + " earned hours with two decimals, pending records left out; a page at a time")
    public List<ProgressJson> board(@PathParam("id") long cohortId, @Context UriInfo uri,
                                    @Context HttpServletRequest request) {
        PageQuery query = PageQuery.of(uri, request);
        Optional<List<Progress>> board;
        try {
            board = completion.board(viewer.get(), cohortId);
        } catch (CompletionRejected notYours) {
            throw new WebApplicationException(ApiError.response(Response.Status.FORBIDDEN, "forbidden"));
        }
        List<Progress> rows = board.orElseThrow(() -> ApiError.noSuch("cohort"));
        return query.answerSlice(rows, ProgressJson::of);
    }

    /** Hours are decimals with two places; everything else is a whole number or text. */
    public record ProgressJson(long enrollmentId, String traineeName,
                               @Schema(extensions = @Extension(name = LOWER_CASE, value = "completion.ProgressStatus")) String status,
                               @Schema(type = SchemaType.NUMBER, format = "decimal") BigDecimal supervisionHours,
                               @Schema(type = SchemaType.NUMBER, format = "decimal") BigDecimal supervisionHoursRequired,
                               int copMeetings, int copMeetingsRequired,
                               @Schema(type = SchemaType.NUMBER, format = "decimal") BigDecimal practicumHours,
                               @Schema(type = SchemaType.NUMBER, format = "decimal") BigDecimal practicumHoursRequired,
                               int coursesPassed, int coursesRequired, boolean finalEvaluation,
                               boolean finalEvaluationRequired, int overallPercent, boolean eligible,
                               String certificateCode) {

        static ProgressJson of(Progress p) {
            return new ProgressJson(p.getEnrollmentId(), p.getTraineeName(), p.status().name().toLowerCase(Locale.ROOT),
                    p.getSupervision().earned(), p.getSupervision().required(),
                    p.getCop().earned().intValue(), p.getCop().required().intValue(),
                    p.getPracticum().earned(), p.getPracticum().required(),
                    p.getCourses().earned().intValue(), p.getCourses().required().intValue(),
                    p.isFinalEvaluationDone(), p.getEvaluation().isRequired(), p.overallPercent(), p.isEligible(),
                    p.certificateCode());
        }
    }
}
