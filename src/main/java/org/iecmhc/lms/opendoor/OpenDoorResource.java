package org.iecmhc.lms.opendoor;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

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
import org.iecmhc.lms.offering.OfferingTermsInput;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.Created;
import org.iecmhc.lms.platform.api.Idempotent;
import org.iecmhc.lms.platform.api.IdempotentRequests;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.time.MeetingSlot;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * Open-Door sessions for consultants (those they facilitate: another's answers 404, as the pages do) and
 * administrators (all): list, one with its attendance, schedule, give a session its time and registration settings,
 * create the rest of its fiscal year's monthly sessions from it, and record a provider's attendance, which mails the
 * provider the survey link as the page does. Participants' comments stay on the pages.
 */
@Path("/opendoor/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONSULTANT, Roles.ADMINISTRATOR})
public class OpenDoorResource {

    /** The service's (the page's) field names that the body spells otherwise. */
    private static final Map<String, String> BODY_FIELDS = Map.of("facilitator", "facilitatorId", "provider",
            "providerId", "date", "startsAt", "time", "startsAt");

    @Inject
    OpenDoorSessions sessions;

    @Inject
    OpenDoorYear year;

    @Inject
    CurrentViewer viewer;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Sessions, latest first, a page at a time (a consultant's own), narrowed by language (en, es,"
            + " other)")
    @Parameters({
            @Parameter(name = "language", in = ParameterIn.QUERY, description = "Keeps the sessions held in this language",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage")))})
    public List<OpenDoorSessionJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery query = PageQuery.of(uri, request);
        ServiceLanguage language = query.choice("language", ServiceLanguage.class);
        query.requireValid();
        return query.answer(sessions.search(viewer.get(), language, query.offset(), query.size()),
                s -> OpenDoorSessionJson.of(s, null), sessions.count(viewer.get(), language));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One session with its attendance (providers by name, each with their rating when given) and"
            + " its version as ETag")
    public OpenDoorSessionJson one(@PathParam("id") long id, @Context Request request, @Context HttpServletRequest servlet) {
        OpenDoorSession session = sessions.find(viewer.get(), id).orElseThrow(() -> ApiError.noSuch("session"));
        List<AttendanceJson> attendance = sessions.attendance(viewer.get(), id).stream().map(AttendanceJson::of).toList();
        return RecordVersions.read(request, servlet, session, s -> OpenDoorSessionJson.of(s, attendance));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Schedules a session {heldOn, title, language (en, es, other), facilitatorId (a consultant;"
            + " administrators only, a consultant facilitates their own)}")
    @APIResponse(responseCode = "201", description = "The new session; Location is its address",
            content = @Content(schema = @Schema(implementation = OpenDoorSessionJson.class)))
    public Response schedule(@RequestBody(ref = "OpenDoorSessionBody") String body) {
        SessionDetails details = JsonFields.read(body, json -> new SessionDetails(json.date("heldOn", clock),
                json.text("title"), json.choice("language", ServiceLanguage.class), json.optionalId("facilitatorId")));
        OpenDoorSession session = JsonFields.underRules(BODY_FIELDS, () -> sessions.schedule(viewer.get(), details));
        return Created.at("opendoor/sessions/" + session.getId(), OpenDoorSessionJson.of(session, List.of()));
    }

    @PUT
    @Path("/{id}/registration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gives the session its time {startsAt (California time, 2026-12-10T18:00; its date becomes the"
            + " session's), minutes} and opens it for public registration {capacity (1 to 1000 seats), format (online,"
            + " in_person), meetingLink}, or keeps it closed without capacity; registrants past the seats wait in order")
    public OpenDoorSessionJson offer(@PathParam("id") long id,
            @RequestBody(ref = "OpenDoorRegistrationBody") String body, @Context HttpServletRequest servlet) {
        sessions.find(viewer.get(), id).orElseThrow(() -> ApiError.noSuch("session"));
        JsonFields json = JsonFields.of(body);
        LocalDateTime startsAt = json.dateTime("startsAt", clock);
        Integer minutes = json.wholeNumber("minutes", 1, MeetingTime.MAX_MINUTES);
        OfferingTermsInput terms = OfferingTermsInput.read(json);
        json.requireValid();
        JsonFields.underRules(BODY_FIELDS, () -> sessions.offer(viewer.get(), id,
                new MeetingTime(startsAt.toLocalDate(), startsAt.toLocalTime(), minutes), terms.terms()));
        return RecordVersions.changed(servlet, sessions.find(viewer.get(), id).orElseThrow(),
                changed -> OpenDoorSessionJson.of(changed, null));
    }

    @POST
    @Path("/year")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Extension(name = IdempotentRequests.EXTENSION, value = "true")
    @Operation(summary = "Creates the rest of a session's fiscal year {sessionId}: one session a month on the same day"
            + " (the next day state offices are open when it falls on a weekend or state holiday), with its title,"
            + " language, facilitator, time and registration settings; months that have one keep it, so sending it"
            + " again creates nothing. A session without a time is refused (422)")
    @APIResponse(responseCode = "200", description = "The sessions created, by date; none when every month has one",
            content = @Content(schema = @Schema(implementation = OpenDoorYearJson.class)))
    public OpenDoorYearJson fillYear(@RequestBody(ref = "OpenDoorYearBody") String body) {
        Long sessionId = JsonFields.read(body, json -> json.id("sessionId"));
        sessions.find(viewer.get(), sessionId).orElseThrow(() -> ApiError.noSuch("session"));
        return new OpenDoorYearJson(JsonFields.underRules(() -> year.fillFiscalYear(viewer.get(), sessionId)).stream()
                .map(s -> OpenDoorSessionJson.of(s, null)).toList());
    }

    @POST
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Records that a provider of the registry attended {providerId}; a session not yet held, or a"
            + " provider already recorded, is refused (422)")
    @APIResponse(responseCode = "201", description = "The attendance recorded",
            content = @Content(schema = @Schema(implementation = AttendanceJson.class)))
    public Response attend(@PathParam("id") long id, @RequestBody(ref = "OpenDoorAttendanceBody") String body) {
        if (sessions.find(viewer.get(), id).isEmpty()) {
            return ApiError.noSuch("session").getResponse();
        }
        Long providerId = JsonFields.read(body, json -> json.id("providerId"));
        OpenDoorAttendance attendance = JsonFields.underRules(BODY_FIELDS, () -> sessions.attend(viewer.get(), id,
                providerId));
        return Created.at("opendoor/sessions/" + id, AttendanceJson.of(attendance));
    }

    /**
     * @param startsAt   California wall-clock time, absent until the session has a time
     * @param capacity   seats on the public registration page; absent when not open for registration
     * @param attendance the providers who attended; only in the answer for one session
     */
    public record OpenDoorSessionJson(long id, @Schema(format = "date") String heldOn, String title,
                                      @Schema(extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage")) String language,
                              long facilitatorId, String facilitator, String startsAt, Integer minutes, Integer capacity,
                              List<AttendanceJson> attendance) {
        static OpenDoorSessionJson of(OpenDoorSession s, List<AttendanceJson> attendance) {
            MeetingSlot slot = s.getSlot();
            return new OpenDoorSessionJson(s.getId(), s.getHeldOn().toString(), s.getTitle(), s.getLanguage().code(),
                    s.getFacilitator().getId(), s.getFacilitator().getDisplayName(),
                    slot == null ? null : slot.getStartsAtPacific().toString(), slot == null ? null : slot.getMinutes(),
                    s.getTerms().getCapacity(), attendance);
        }
    }

    /** @param created the sessions the call created, by date */
    public record OpenDoorYearJson(List<OpenDoorSessionJson> created) {
    }

    /** @param worthwhile the provider's rating: true, false, or absent when not given */
    public record AttendanceJson(long id, long providerId, String provider, Boolean worthwhile) {
        static AttendanceJson of(OpenDoorAttendance a) {
            return new AttendanceJson(a.getId(), a.getProvider().getId(), a.getProvider().getName(),
                    a.getSurvey().rating());
        }
    }

    /** A session to schedule, described for /openapi; the body is read field by field. */
    public record OpenDoorSessionBody(@Schema(required = true, format = "date") String heldOn,
                                      @Schema(required = true) String title,
                                      @Schema(required = true, extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage")) String language,
                                      @Schema(description = "a consultant's account id") Long facilitatorId) {
    }

    /** A session's time and registration settings, described for /openapi; the body is read field by field. */
    public record OpenDoorRegistrationBody(
            @Schema(required = true, example = "2026-12-10T18:00", description = "California (Pacific) wall-clock time") String startsAt,
            @Schema(required = true, minimum = "1", maximum = "1440") int minutes,
            @Schema(minimum = "1", maximum = "1000", description = "seats; absent keeps registration closed") Integer capacity,
            @Schema(description = "online when absent", extensions = @Extension(name = LOWER_CASE, value = "offering.OfferingFormat")) String format,
            @Schema(description = "an http(s) address, mailed to those holding a seat") String meetingLink) {
    }

    /** The session whose fiscal year to fill, described for /openapi. */
    public record OpenDoorYearBody(@Schema(required = true, description = "a session with a time") long sessionId) {
    }

    /** The provider of the registry who attended. */
    public record OpenDoorAttendanceBody(@Schema(required = true) long providerId) {
    }
}
