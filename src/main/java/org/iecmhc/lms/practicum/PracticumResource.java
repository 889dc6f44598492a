package org.iecmhc.lms.practicum;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;
import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import java.time.Clock;
import java.time.LocalDateTime;
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
import jakarta.ws.rs.WebApplicationException;
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
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;

/**
 * Practicum placements and log entries as the pages show them: a trainee their own, faculty those of the cohorts
 * they teach, administrators all; trainees log entries and the cohort's faculty approve or return them, through the
 * same services (and audit) as the log and the review queue. Messages are in English.
 */
@Path("/practicum")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRAINEE, Roles.FACULTY, Roles.ADMINISTRATOR})
public class PracticumResource {

    @Inject
    Placements placements;

    @Inject
    PracticumLog log;

    @Inject
    LogReview review;

    @Inject
    CurrentViewer viewer;

    @Inject
    Clock clock;

    @GET
    @Path("/placements")
    @Operation(summary = "Practicum placements: a trainee's own, the placements of the cohorts a faculty member teaches,"
            + " every one for administrators; filters cohort and status (PLANNED, ACTIVE, COMPLETED, ENDED_EARLY)")
    @Parameters({
            @Parameter(name = "cohort", in = ParameterIn.QUERY, description = "Keeps the placements of this cohort",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
            @Parameter(name = "status", in = ParameterIn.QUERY, description = "Keeps the placements in this status",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "practicum.PlacementStatus")))})
    public List<PlacementJson> placements(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery filters = PageQuery.of(uri, request);
        Long cohort = filters.id("cohort");
        PlacementStatus chosen = filters.choice("status", PlacementStatus.class);
        filters.requireValid();
        String email = viewer.get().email();
        if (viewer.hasRole(Roles.ADMINISTRATOR) || viewer.hasRole(Roles.FACULTY)) {
            PlacementFilter filter = new PlacementFilter(cohort, chosen);
            return filters.answer(placements.search(email, filter, filters.offset(), filters.size()), PlacementJson::of,
                    placements.count(email, filter));
        }
        List<Placement> mine = placements.mine(email).stream()
                .filter(p -> cohort == null || p.getCohort().getId().equals(cohort))
                .filter(p -> chosen == null || p.getStatus() == chosen).toList();
        return filters.answerSlice(mine, PlacementJson::of);
    }

    @GET
    @Path("/placements/{id}")
    @Operation(summary = "One placement the caller may read, with its version as ETag")
    public PlacementJson placement(@PathParam("id") long id, @Context Request request,
                                   @Context HttpServletRequest servlet) {
        Placement placement = placements.find(viewer.get().email(), id)
                .orElseThrow(PracticumResource::notFound);
        return RecordVersions.read(request, servlet, placement, PlacementJson::of);
    }

    @GET
    @Path("/entries")
    @Operation(summary = "Log entries the caller may read, the latest first; filters placement, status (SUBMITTED,"
            + " RETURNED, APPROVED), trainee (an account id), from and to (days, both included); startsAt is"
            + " California wall-clock time")
    @Parameters({
            @Parameter(name = "placement", in = ParameterIn.QUERY, description = "Keeps the entries logged on this placement",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
            @Parameter(name = "status", in = ParameterIn.QUERY, description = "Keeps the entries in this status",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "practicum.EntryStatus"))),
            @Parameter(name = "trainee", in = ParameterIn.QUERY, description = "Keeps the entries of this trainee (an account id)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
            @Parameter(name = "from", in = ParameterIn.QUERY, description = "Keeps the entries logged on this day or later",
                    schema = @Schema(type = SchemaType.STRING, format = "date")),
            @Parameter(name = "to", in = ParameterIn.QUERY, description = "Keeps the entries logged on this day or earlier",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))})
    public List<EntryJson> entries(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery filters = PageQuery.of(uri, request);
        EntryFilter filter = new EntryFilter(filters.id("placement"), filters.choice("status", EntryStatus.class),
                filters.id("trainee"), filters.date("from"), filters.date("to"));
        filters.requireValid();
        String email = viewer.get().email();
        return filters.answer(log.search(email, filter, filters.offset(), filters.size()), EntryJson::of,
                log.count(email, filter));
    }

    @GET
    @Path("/entries/{id}")
    @Operation(summary = "One log entry the caller may read, with its version as ETag (send it in If-Match to approve"
            + " or return it)")
    public EntryJson entry(@PathParam("id") long id, @Context Request request, @Context HttpServletRequest servlet) {
        return RecordVersions.read(request, servlet, readable(id), EntryJson::of);
    }

    @POST
    @Path("/entries")
    @RolesAllowed(Roles.TRAINEE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Logs an entry on one of the trainee's own placements from {placementId, loggedOn (date),"
            + " startsAt (HH:MM, California wall-clock time), minutes (1 to 1440), activity, note (optional)}; it"
            + " waits for the faculty's review")
    @APIResponse(responseCode = "201", description = "The new entry; Location is its address",
            content = @Content(schema = @Schema(implementation = EntryJson.class)))
    public Response create(@RequestBody(ref = "EntryBody") String body) {
        JsonFields fields = JsonFields.of(body);
        Long placementId = fields.id("placementId");
        EntryDetails details = new EntryDetails(fields.date("loggedOn", clock), fields.timeOfDay("startsAt"),
                fields.wholeNumber("minutes", 1, LogRules.MAX_MINUTES),
                fields.choice("activity", PracticumActivity.class), fields.optionalText("note"));
        fields.requireValid();
        try {
            LogEntry entry = log.log(viewer.get().email(), placementId, details);
            return Created.at("practicum/entries/" + entry.getId(), EntryJson.of(entry));
        } catch (PracticumRejected rejected) {
            throw refusal(rejected);
        }
    }

    @POST
    @Path("/entries/{id}/approval")
    @RolesAllowed(Roles.FACULTY)
    @Operation(summary = "Approves a log entry waiting for review, as the cohort's faculty; If-Match with the ETag read"
            + " refuses it when the trainee changed the entry since (412)")
    public EntryJson approve(@PathParam("id") long id, @Context Request request, @Context HttpServletRequest servlet) {
        long version = RecordVersions.requireMatch(request, readable(id).getVersion());
        try {
            review.approve(viewer.get().email(), id, version);
        } catch (PracticumRejected rejected) {
            throw refusal(rejected);
        }
        return changed(id, servlet);
    }

    @POST
    @Path("/entries/{id}/return")
    @RolesAllowed(Roles.FACULTY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Returns a log entry waiting for review to its trainee with {comment} (required, at most 2000"
            + " characters), as the cohort's faculty; If-Match as for approval")
    public EntryJson giveBack(@PathParam("id") long id, @RequestBody(ref = "EntryReturnBody") String body,
            @Context Request request, @Context HttpServletRequest servlet) {
        long version = RecordVersions.requireMatch(request, readable(id).getVersion());
        String comment = JsonFields.read(body, fields -> fields.text("comment"));
        try {
            review.giveBack(viewer.get().email(), id, version, comment);
        } catch (PracticumRejected rejected) {
            throw refusal(rejected);
        }
        return changed(id, servlet);
    }

    private EntryJson changed(long id, HttpServletRequest servlet) {
        return RecordVersions.changed(servlet, readable(id), EntryJson::of);
    }

    private LogEntry readable(long id) {
        return log.find(viewer.get().email(), id).orElseThrow(PracticumResource::notFound);
    }

    /** A record that is not the caller's is answered as one that does not exist; any other refusal names its field. */
    private static WebApplicationException refusal(PracticumRejected rejected) {
        return "practicum.notFound".equals(rejected.messageKey()) ? notFound() : JsonFields.refused(rejected);
    }

    private static WebApplicationException notFound() {
        return ApiError.noSuch("placement or log entry");
    }

    public record PlacementJson(long id, long cohortId, String cohort, long enrollmentId, long traineeId, String trainee,
                                long providerId, String provider, String mentorName, String mentorContact,
                                @Schema(format = "date") String startOn, @Schema(format = "date") String endOn,
                                @Schema(extensions = @Extension(name = NAMES, value = "practicum.PlacementStatus")) String status) {
        static PlacementJson of(Placement p) {
            return new PlacementJson(p.getId(), p.getCohort().getId(), p.getCohort().getName(),
                    p.getEnrollment().getId(), p.getTrainee().getId(), p.getTrainee().getDisplayName(),
                    p.getProvider().getId(), p.getProvider().getName(), p.getMentorName(), p.getMentorContact(),
                    p.getStartOn().toString(), p.getEndOn().toString(), p.getStatus().name());
        }
    }

    /**
     * {@code reviewComment} is the faculty's reason for returning the entry; {@code startsAt} is California wall-clock
     * time, {@code reviewedAt} UTC.
     */
    /** UTC as ISO-8601 with Z, to the second, as every time of the API. */
    static String utc(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).toInstant().toString();
    }

    public record EntryJson(long id, long placementId, long traineeId, String trainee,
                            @Schema(format = "date") String loggedOn, @Schema(example = "09:30") String startsAt,
                            int minutes,
                            @Schema(extensions = @Extension(name = NAMES, value = "practicum.PracticumActivity")) String activity,
                            String note,
                            @Schema(extensions = @Extension(name = NAMES, value = "practicum.EntryStatus")) String status,
                            String reviewComment,
                            @Schema(format = "date-time") String reviewedAt) {
        static EntryJson of(LogEntry e) {
            return new EntryJson(e.getId(), e.getPlacement().getId(), e.getTrainee().getId(),
                    e.getTrainee().getDisplayName(), e.getLoggedOn().toString(), e.getStartsAt().toString(),
                    e.getMinutes(), e.getActivity().name(), e.getNote(), e.getStatus().name(), e.getReviewComment(),
                    e.getReviewedAt() == null ? null : utc(e.getReviewedAt()));
        }
    }

    /** An entry to log, described for /openapi; the body is read field by field. */
    public record EntryBody(@Schema(required = true) long placementId,
                            @Schema(required = true, format = "date") String loggedOn,
                            @Schema(required = true, pattern = "^\\d{2}:\\d{2}$", example = "09:30",
                                    description = "HH:MM, California wall-clock time") String startsAt,
                            @Schema(required = true, minimum = "1", maximum = "1440") int minutes,
                            @Schema(required = true, extensions = @Extension(name = LOWER_CASE, value = "practicum.PracticumActivity")) String activity,
                            String note) {
    }

    /** Why the entry goes back to its trainee. */
    public record EntryReturnBody(@Schema(required = true, maxLength = 2000) String comment) {
    }
}
