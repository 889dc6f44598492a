package org.iecmhc.lms.community;

import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import java.util.List;
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
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;

/**
 * Community of Practice meetings for those who run their series (the facilitator, the cohort's faculty) and
 * administrators, with attendance taken as on the series page; 404 for a meeting that is not the caller's.
 */
@Path("/community/meetings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FACULTY, Roles.ADMINISTRATOR})
public class PracticeMeetingResource {

    @Inject
    PracticeSchedule schedule;

    @Inject
    PracticeRegister register;

    @Inject
    CurrentViewer viewer;

    @GET
    @Operation(summary = "Meetings of the series the caller runs, latest first, a page at a time, optionally of one"
            + " cohort (California wall-clock times)")
    @Parameters({
            @Parameter(name = "cohort", in = ParameterIn.QUERY, description = "Keeps the meetings of this cohort's series",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))})
    public List<MeetingJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery filters = PageQuery.of(uri, request);
        Long cohortId = filters.id("cohort");
        filters.requireValid();
        return filters.answer(schedule.search(viewer.get(), cohortId, filters.offset(), filters.size()),
                m -> new MeetingJson(m.id(), m.seriesId(), m.series(), m.cohortId(), m.cohort(), m.facilitator(),
                        m.startsAtPacific().toString(), m.minutes(), m.topic()), schedule.count(viewer.get(),
                                cohortId));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting with the attendance of each trainee of its cohort (California wall-clock time)")
    public MeetingAttendanceJson one(@PathParam("id") long id) {
        return withAttendance(require(id));
    }

    @PUT
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Takes attendance at a meeting that has begun, as one who runs its series or an"
            + " administrator: {attendance: {trainee id: PRESENT, ABSENT, EXCUSED or null (not taken)}} for trainees"
            + " of its cohort; answers the meeting with its attendance")
    public MeetingAttendanceJson takeAttendance(@PathParam("id") long id,
            @RequestBody(ref = "MeetingAttendanceBody") String body) {
        require(id);
        Map<Long, Attendance> byTrainee = JsonFields.read(body,
                json -> json.choicesById("attendance", Attendance.class));
        JsonFields.underRules(() -> register.take(viewer.get(), id, byTrainee));
        return withAttendance(require(id));
    }

    private PracticeMeeting require(long id) {
        return schedule.find(viewer.get(), id).orElseThrow(() -> ApiError.noSuch("meeting"));
    }

    private MeetingAttendanceJson withAttendance(PracticeMeeting meeting) {
        Map<Long, Attendance> taken = register.attendanceAt(viewer.get(), meeting.getId());
        return new MeetingAttendanceJson(MeetingJson.of(meeting),
                register.members(viewer.get(), meeting.getSeries().getId()).stream()
                        .map(t -> new MeetingAttendeeJson(t.getId(), t.getDisplayName(),
                                taken.get(t.getId()) == null ? null : taken.get(t.getId()).name()))
                        .toList());
    }

    /** @param startsAt California wall-clock time, ISO-8601 without offset */
    public record MeetingJson(long id, long seriesId, String series, long cohortId, String cohort, String facilitator,
                              String startsAt, int minutes, String topic) {
        static MeetingJson of(PracticeMeeting m) {
            PracticeSeries s = m.getSeries();
            return new MeetingJson(m.getId(), s.getId(), s.getTitle(), s.getCohort().getId(), s.getCohort().getName(),
                    s.getFacilitator().getDisplayName(), m.getSlot().getStartsAtPacific().toString(),
                    m.getSlot().getMinutes(), m.getTopic());
        }
    }

    public record MeetingAttendanceJson(MeetingJson meeting, List<MeetingAttendeeJson> attendance) {
    }

    /** @param attendance PRESENT, ABSENT, EXCUSED or null while not taken */
    public record MeetingAttendeeJson(long traineeId, String name,
                                      @Schema(extensions = @Extension(name = NAMES, value = "community.Attendance")) String attendance) {
    }

    /** Attendance by trainee id, described for /openapi; the body is read entry by entry to name each bad one. */
    public record MeetingAttendanceBody(
            @Schema(description = "trainee id to their attendance, or null (not taken)",
                    extensions = @Extension(name = NAMES, value = "community.Attendance")) Map<String, String> attendance) {
    }
}
