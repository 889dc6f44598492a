package org.iecmhc.lms.supervision;

import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.iecmhc.lms.platform.api.ApiError;
import org.iecmhc.lms.platform.api.ApiError.FieldError;
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.i18n.Messages;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;

/**
 * Supervision sessions for faculty (their own) and administrators (all), and their attendance, taken as on the
 * session's page. Confidential notes never leave through here: a session says only how many notes it has.
 */
@Path("/supervision/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FACULTY, Roles.ADMINISTRATOR})
public class SupervisionResource {

    @Inject
    ReflectiveSupervision supervision;

    @Inject
    CurrentViewer viewer;

    @GET
    @Operation(summary = "Sessions, newest first, a page at a time, optionally of one cohort, with attendance and a"
            + " count of notes")
    @Parameters({
            @Parameter(name = "cohort", in = ParameterIn.QUERY, description = "Keeps the sessions of this cohort",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))})
    public List<SessionJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery filters = PageQuery.of(uri, request);
        Long cohortId = filters.id("cohort");
        filters.requireValid();
        List<SessionSummary> sessions = supervision.search(viewer.get(), cohortId, SessionSort.STARTS_AT, false,
                filters.offset(), filters.size());
        Map<Long, List<Invitee>> invited = supervision.invitationsOf(sessions.stream().map(SessionSummary::id).toList());
        return filters.answer(sessions, s -> new SessionJson(s.id(), s.cohortId(), s.cohortName(), s.kind().name(),
                s.supervisorName(), s.startsAtPacific().toString(), s.minutes(), s.topic(),
                invited.getOrDefault(s.id(), List.of()).stream().map(AttendeeJson::of).toList(), s.notes(),
                        s.cancelled()),
                supervision.count(viewer.get(), cohortId));
    }

    @PUT
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Takes attendance at a session, as its supervisor or an administrator: {attendance: {trainee"
            + " id: PRESENT, ABSENT, EXCUSED or null (not taken)}} for invited trainees; answers who is invited with"
            + " their attendance")
    public List<AttendeeJson> takeAttendance(@PathParam("id") long id,
            @RequestBody(ref = "SessionAttendanceBody") String body) {
        if (supervision.find(viewer.get(), id).isEmpty()) {
            throw ApiError.noSuch("session");
        }
        Map<Long, Attendance> byTrainee = JsonFields.read(body,
                json -> json.choicesById("attendance", Attendance.class));
        try {
            supervision.takeAttendance(viewer.get(), id, byTrainee);
        } catch (InputRejected rejected) {
            FieldError error = new FieldError("attendance", Messages.text(Locale.ENGLISH, rejected.messageKey()));
            throw new WebApplicationException(ApiError.refused(error.message(), List.of(error), null));
        }
        return supervision.invitationsOf(List.of(id)).getOrDefault(id, List.of()).stream().map(AttendeeJson::of).toList();
    }

    /**
     * @param startsAt  California wall-clock time, ISO-8601
     * @param cancelled a cancelled session credits nobody
     */
    public record SessionJson(long id, long cohortId, String cohort,
                              @Schema(extensions = @Extension(name = NAMES, value = "supervision.SessionKind")) String kind,
                              String supervisor, String startsAt,
                              int minutes, String topic, List<AttendeeJson> invited, long notes, boolean cancelled) {
    }

    /** @param attendance PRESENT, ABSENT, EXCUSED or null when not taken */
    public record AttendeeJson(long traineeId, String name,
                               @Schema(extensions = @Extension(name = NAMES, value = "supervision.Attendance")) String attendance) {
        static AttendeeJson of(Invitee invitee) {
            return new AttendeeJson(invitee.traineeId(), invitee.name(),
                    invitee.attendance() == null ? null : invitee.attendance().name());
        }
    }

    /** Attendance by trainee id, described for /openapi; the body is read entry by entry to name each bad one. */
    public record SessionAttendanceBody(
            @Schema(description = "trainee id to their attendance, or null (not taken)",
                    extensions = @Extension(name = NAMES, value = "supervision.Attendance")) Map<String, String> attendance) {
    }
}
