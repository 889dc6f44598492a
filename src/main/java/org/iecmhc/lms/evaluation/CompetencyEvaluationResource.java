package org.iecmhc.lms.evaluation;

import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.ApiError.FieldError;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.JsonInput;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;

/**
 * Faculty's final competency evaluations as the pages show them: faculty those of their cohorts' trainees (and write
 * them), administrators all, a trainee their own once submitted. Addressed by the trainee's enrollment, which has
 * at most one. Messages are in English.
 */
@Path("/evaluation/competencies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINEE, Roles.FACULTY, Roles.ADMINISTRATOR})
public class CompetencyEvaluationResource {

    private static final String RECORD = "evaluation";

    @Inject
    CompetencyEvaluations evaluations;

    @Inject
    CurrentViewer viewer;

    @GET
    @Operation(summary = "The trainees a faculty member evaluates (administrators: all) with where each evaluation"
            + " stands (NONE, DRAFT, SUBMITTED); for a trainee, their own submitted evaluations; a page at a time")
    public List<RowJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery query = PageQuery.of(uri, request);
        List<RowJson> rows = evaluates()
                ? evaluations.roster(email()).stream().map(r -> RowJson.of(r.enrollment(), r.evaluation())).toList()
                : evaluations.mine(email()).stream().map(e -> RowJson.of(e.getEnrollment(), e)).toList();
        return query.answerSlice(rows, row -> row);
    }

    @GET
    @Path("/{enrollmentId}")
    @Operation(summary = "The competency evaluation of one enrollment with its ratings, narrative and recommendation,"
            + " and its version as ETag")
    public EvaluationJson one(@PathParam("enrollmentId") long enrollmentId, @Context Request request,
                              @Context HttpServletRequest servlet) {
        CompetencyEvaluation evaluation = readable(enrollmentId)
                .orElseThrow(() -> ApiError.noSuch(RECORD));
        return RecordVersions.read(request, servlet, evaluation, EvaluationJson::of);
    }

    @PUT
    @Path("/{enrollmentId}")
    @RolesAllowed(Roles.FACULTY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Writes the evaluation of a trainee of the faculty member's cohort from {ratings: [{position,"
            + " rating 1-5}], narrative, recommendation (RECOMMENDED, RECOMMENDED_WITH_CONDITIONS, NOT_RECOMMENDED),"
            + " submit}: a draft, or submitted (every domain rated, narrative and recommendation) when submit is true;"
            + " If-Match with the ETag read when one exists (412 when it changed since)")
    public Response write(@PathParam("enrollmentId") long enrollmentId,
            @RequestBody(ref = "CompetencyEvaluationBody") String body, @Context Request request,
            @Context HttpServletRequest servlet) {
        Optional<CompetencyEvaluation> stored;
        try {
            stored = evaluations.of(email(), enrollmentId);
        } catch (EvaluationRejected notYours) {
            throw ApiError.noSuch(RECORD);
        }
        Long version = stored.map(e -> RecordVersions.requireMatch(request, e.getVersion())).orElse(null);
        JsonFields fields = JsonFields.of(body);
        CompetencyForm form = new CompetencyForm(ratings(fields, evaluations.domains(stored)),
                fields.optionalText("narrative"), fields.optionalChoice("recommendation", Recommendation.class));
        boolean submit = fields.flag("submit");
        fields.requireValid();
        try {
            CompetencyEvaluation saved = submit ? evaluations.submit(email(), enrollmentId, version, form)
                    : evaluations.saveDraft(email(), enrollmentId, version, form);
            CompetencyEvaluation reread = evaluations.of(email(), enrollmentId).orElse(saved);
            return Response.status(stored.isPresent() ? Response.Status.OK : Response.Status.CREATED)
                    .entity(RecordVersions.changed(servlet, reread, EvaluationJson::of)).build();
        } catch (EvaluationIncomplete incomplete) {
            List<FieldError> problems = incomplete.problems().entrySet().stream()
                    .map(p -> new FieldError(field(p.getKey()), Messages.text(Locale.ENGLISH, p.getValue()))).toList();
            return ApiError.refused("the evaluation is not complete or has values out of range", problems, null);
        } catch (EvaluationRejected rejected) {
            return ApiError.refused(Messages.text(Locale.ENGLISH, rejected.messageKey()), List.of(), null);
        }
    }

    /** The form's {@code qN} fields are the ratings of the domains at position N. */
    private static String field(String formField) {
        return formField.matches("q\\d+") ? "ratings." + formField.substring(1) : formField;
    }

    /** Each rating is {position, rating}: the domain at that position and its rating from 1 to 5. */
    private static Map<Long, Integer> ratings(JsonFields fields, List<SurveyQuestion> domains) {
        Map<Long, Integer> ratings = new HashMap<>();
        for (JsonValue item : fields.items("ratings", 0, "must be a list of {position, rating}")) {
            Integer position = item instanceof JsonObject o
                    ? JsonInput.wholeNumber(o.get("position"), 1, Integer.MAX_VALUE).orElse(null) : null;
            Optional<SurveyQuestion> domain = domains.stream()
                    .filter(d -> position != null && d.getSortOrder() == position).findFirst();
            Integer rating = item instanceof JsonObject o ? JsonInput.wholeNumber(o.get("rating"),
                    QuestionKind.LIKERT_MIN, QuestionKind.LIKERT_MAX).orElse(null) : null;
            if (domain.isEmpty()) {
                fields.problem("ratings", "each rating is {position, rating} with the position of one of "
                        + domains.size() + " domains");
            } else if (rating == null) {
                fields.problem("ratings." + position, "must be a whole number from "
                        + QuestionKind.LIKERT_MIN + " to " + QuestionKind.LIKERT_MAX);
            } else {
                ratings.put(domain.get().getId(), rating);
            }
        }
        return ratings;
    }

    private Optional<CompetencyEvaluation> readable(long enrollmentId) {
        if (!evaluates()) {
            return evaluations.mine(email()).stream()
                    .filter(e -> e.getEnrollment().getId().equals(enrollmentId)).findFirst();
        }
        try {
            return evaluations.of(email(), enrollmentId);
        } catch (EvaluationRejected notYours) {
            return Optional.empty();
        }
    }

    private boolean evaluates() {
        return viewer.hasRole(Roles.FACULTY) || viewer.hasRole(Roles.ADMINISTRATOR);
    }

    private String email() {
        return viewer.get().email();
    }

    /** {@code status} is NONE while nobody started the evaluation. */
    public record RowJson(long enrollmentId, long cohortId, String cohort, long traineeId, String trainee,
                          @Schema(extensions = @Extension(name = NAMES, value = "evaluation.EvaluationStatus NONE")) String status,
                          @Schema(extensions = @Extension(name = NAMES, value = "evaluation.Recommendation")) String recommendation,
                          @Schema(format = "date") String submittedOn) {
        static RowJson of(Enrollment enrollment, CompetencyEvaluation evaluation) {
            return new RowJson(enrollment.getId(), enrollment.getCohort().getId(), enrollment.getCohort().getName(),
                    enrollment.getTrainee().getId(), enrollment.getTrainee().getDisplayName(),
                    evaluation == null ? "NONE" : evaluation.getStatus().name(),
                    evaluation == null || evaluation.getRecommendation() == null ? null : evaluation.getRecommendation().name(),
                    evaluation == null || evaluation.getSubmittedOn() == null ? null : evaluation.getSubmittedOn().toString());
        }
    }

    public record EvaluationJson(long enrollmentId, String trainee, String cohort,
                                 @Schema(extensions = @Extension(name = NAMES, value = "evaluation.EvaluationStatus")) String status,
                                 String author,
                                 List<RatingJson> ratings, String narrative,
                                 @Schema(extensions = @Extension(name = NAMES, value = "evaluation.Recommendation")) String recommendation,
                                 @Schema(format = "date") String updatedOn,
                                 @Schema(format = "date") String submittedOn) {
        static EvaluationJson of(CompetencyEvaluation e) {
            Enrollment enrollment = e.getEnrollment();
            List<RatingJson> ratings = e.getTemplate().getQuestions().stream()
                    .map(q -> new RatingJson(q.getSortOrder(), q.getTextEn(), q.getTextEs(),
                            e.ratingOf(q).map(CompetencyRating::getRating).orElse(null))).toList();
            return new EvaluationJson(enrollment.getId(), enrollment.getTrainee().getDisplayName(),
                    enrollment.getCohort().getName(), e.getStatus().name(),
                    e.getAuthor() == null ? null : e.getAuthor().getDisplayName(), ratings, e.getNarrative(),
                    e.getRecommendation() == null ? null : e.getRecommendation().name(),
                    e.getUpdatedOn() == null ? null : e.getUpdatedOn().toString(),
                    e.getSubmittedOn() == null ? null : e.getSubmittedOn().toString());
        }
    }

    /** One competency domain and its rating from 1 to 5, null while not rated. */
    public record RatingJson(int position, String domainEn, String domainEs, Integer rating) {
    }

    /**
     * An evaluation as written, described for /openapi; the body is read field by field, to name each bad rating. (A
     * list given a {@code @Schema} loses its items in Payara's document, hence none on {@code ratings}.)
     */
    public record CompetencyEvaluationBody(List<DomainRatingBody> ratings,
                                           String narrative,
                                           @Schema(extensions = @Extension(name = NAMES, value = "evaluation.Recommendation")) String recommendation,
                                           @Schema(description = "true submits the evaluation; absent or false keeps a draft") Boolean submit) {
    }

    /** The rating of the domain at a position of the evaluation's form. */
    public record DomainRatingBody(@Schema(required = true, minimum = "1") int position,
                                   @Schema(required = true, minimum = "1", maximum = "5", example = "4") int rating) {
    }
}
