package org.iecmhc.lms.consultation;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

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
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.counties.Counties;
import org.iecmhc.lms.platform.counties.County;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;

/**
 * Consultation assignments for consultants (their own: another's answers 404, as the pages do) and administrators
 * (all), with the activity log. An activity's note is written through here but never read back: it is kept out of
 * the audit trail too, and the API answers no note text.
 */
@Path("/consultation/assignments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONSULTANT, Roles.ADMINISTRATOR})
public class ConsultationResource {

    @Inject
    ConsultationAssignments assignments;

    @Inject
    CurrentViewer viewer;

    @Inject
    Counties counties;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Assignments, latest start first, a page at a time (a consultant's own), narrowed by status"
            + " (open, active, closed), level (classroom, programmatic) and county (the provider's, name or FIPS)")
    @Parameters({
            @Parameter(name = "status", in = ParameterIn.QUERY, description = "Keeps the assignments in this status",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "consultation.AssignmentStatus"))),
            @Parameter(name = "level", in = ParameterIn.QUERY, description = "Keeps the assignments at this level",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "consultation.ConsultationLevel"))),
            @Parameter(name = "county", in = ParameterIn.QUERY, description = "Keeps the assignments whose provider is in this California county, by name or FIPS code",
                    schema = @Schema(type = SchemaType.STRING))})
    public List<AssignmentJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery query = PageQuery.of(uri, request);
        String county = query.text("county");
        String fips = county == null ? null : counties.find(county).map(County::getFips)
                .orElseGet(() -> query.problem("county", "must be a California county's name or FIPS code"));
        AssignmentFilter filter = new AssignmentFilter(query.choice("status", AssignmentStatus.class),
                query.choice("level", ConsultationLevel.class), fips);
        query.requireValid();
        return query.answer(assignments.search(viewer.get(), filter, query.offset(), query.size()),
                a -> AssignmentJson.of(a, null), assignments.count(viewer.get(), filter));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One assignment with its activity log, newest first, and its version as ETag")
    public AssignmentJson one(@PathParam("id") long id, @Context Request request, @Context HttpServletRequest servlet) {
        ConsultationAssignment assignment = assignments.find(viewer.get(), id)
                .orElseThrow(() -> ApiError.noSuch("assignment"));
        List<ActivityJson> activities = assignments.activities(viewer.get(), id).stream().map(ActivityJson::of).toList();
        return RecordVersions.read(request, servlet, assignment, a -> AssignmentJson.of(a, activities));
    }

    @POST
    @Path("/{id}/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Logs an activity {heldOn (a date within the assignment's, not after today), minutes (1 to"
            + " 480), kind (observation, reflective_conversation, action_planning, training), note (optional, never"
            + " answered back)}")
    @APIResponse(responseCode = "201", description = "The logged activity",
            content = @Content(schema = @Schema(implementation = ActivityJson.class)))
    public Response logActivity(@PathParam("id") long id, @RequestBody(ref = "ActivityBody") String body) {
        if (assignments.find(viewer.get(), id).isEmpty()) {
            return ApiError.noSuch("assignment").getResponse();
        }
        ActivityEntry entry = JsonFields.read(body, json -> new ActivityEntry(json.date("heldOn", clock),
                json.wholeNumber("minutes", 1, 480), json.choice("kind", ActivityKind.class),
                json.optionalText("note")));
        ConsultationActivity activity = JsonFields.underRules(() -> assignments.logActivity(viewer.get(), id, entry));
        return Created.at("consultation/assignments/" + id, ActivityJson.of(activity));
    }

    /** @param activities the activity log, newest first; only in the answer for one assignment */
    public record AssignmentJson(long id, long consultantId, String consultant, long providerId, String provider,
                                 String county,
                                 @Schema(extensions = @Extension(name = LOWER_CASE, value = "consultation.ConsultationLevel")) String level,
                                 @Schema(extensions = @Extension(name = LOWER_CASE, value = "consultation.Modality")) String modality,
                                 @Schema(format = "date") String startOn, @Schema(format = "date") String endOn,
                                 @Schema(extensions = @Extension(name = LOWER_CASE, value = "consultation.AssignmentStatus")) String status,
                                 int childrenBenefiting, int staffInfluenced, String actionPlan,
                                 boolean surveyAnswered, List<ActivityJson> activities) {
        static AssignmentJson of(ConsultationAssignment a, List<ActivityJson> activities) {
            return new AssignmentJson(a.getId(), a.getConsultant().getId(), a.getConsultant().getDisplayName(),
                    a.getProvider().getId(), a.getProvider().getName(), a.getProvider().getCounty().getFips(),
                    code(a.getLevel()), code(a.getModality()), a.getStartOn().toString(),
                    a.getEndOn() == null ? null : a.getEndOn().toString(), code(a.getStatus()),
                    a.getChildrenBenefiting(), a.getStaffInfluenced(), a.getActionPlan(), a.getSurvey().answered(),
                    activities);
        }
    }

    /** @param hasNote whether the consultant wrote a note, whose text the API never answers */
    public record ActivityJson(long id, @Schema(format = "date") String heldOn, int minutes,
                               @Schema(extensions = @Extension(name = LOWER_CASE, value = "consultation.ActivityKind")) String kind,
                               boolean hasNote) {
        static ActivityJson of(ConsultationActivity activity) {
            return new ActivityJson(activity.getId(), activity.getHeldOn().toString(), activity.getMinutes(),
                    code(activity.getKind()), activity.getNote() != null);
        }
    }

    private static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** An activity to log, described for /openapi; the body is read field by field. */
    public record ActivityBody(@Schema(required = true, format = "date") String heldOn,
                               @Schema(required = true, minimum = "1", maximum = "480") int minutes,
                               @Schema(required = true, extensions = @Extension(name = LOWER_CASE, value = "consultation.ActivityKind")) String kind,
                               String note) {
    }
}
