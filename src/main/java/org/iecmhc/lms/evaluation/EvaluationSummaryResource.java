package org.iecmhc.lms.evaluation;

import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.iecmhc.lms.platform.security.Roles;

/**
 * The group figures of a course's final evaluation, for the course's faculty member and administrators (404 for
 * anyone else). The same threshold as the page applies, and no individual answer is ever part of the answer.
 */
@Path("/evaluation/courses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FACULTY, Roles.ADMINISTRATOR})
public class EvaluationSummaryResource {

    @Inject
    CourseEvaluations evaluations;

    @GET
    @Path("/{id}/summary")
    @Operation(summary = "How many trainees answered a course's evaluation and, from 3 answers on, the figures per question")
    public SummaryJson summary(@PathParam("id") long id, @Context SecurityContext security) {
        CourseEvaluationSummary summary;
        try {
            summary = evaluations.summary(security.getUserPrincipal().getName(), id);
        } catch (EvaluationRejected notReadable) {
            throw new NotFoundException();
        }
        return new SummaryJson(id, summary.getAnswered(), summary.isShown(), CourseEvaluationSummary.THRESHOLD,
                summary.getQuestions().stream().map(q -> new QuestionJson(q.question().getSortOrder(),
                        q.question().getKind().name(), q.question().getTextEn(), q.question().getTextEs(), q.count(),
                        q.mean(), q.distribution(), q.yesPercent(), q.noPercent(), q.comments())).toList());
    }

    public record SummaryJson(long courseId, long answered, boolean shown, int threshold, List<QuestionJson> questions) {
    }

    public record QuestionJson(int position,
                               @Schema(extensions = @Extension(name = NAMES, value = "evaluation.QuestionKind")) String kind,
                               String textEn, String textEs, int count,
                               @Schema(type = SchemaType.NUMBER, format = "double") Double mean,
                               List<Integer> distribution, Integer yesPercent, Integer noPercent, List<String> comments) {
    }
}
