package org.iecmhc.lms.supervision;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.iecmhc.lms.platform.api.Paging;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;

/**
 * Supervision sessions for faculty (their own) and administrators (all). Confidential notes never leave through
 * here: a session says only how many notes it has.
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
    @Extension(name = Paging.EXTENSION, value = "true")
    public List<SessionJson> list(@QueryParam("cohort") Long cohortId, @Context UriInfo uri,
                                  @Context HttpServletRequest request) {
        Paging paging = Paging.of(uri);
        List<SessionSummary> sessions = supervision.search(viewer.get(), cohortId, SessionSort.STARTS_AT, false,
                paging.offset(), paging.size());
        Map<Long, List<Invitee>> invited = supervision.invitationsOf(sessions.stream().map(SessionSummary::id).toList());
        return paging.answer(sessions.stream()
                .map(s -> new SessionJson(s.id(), s.cohortId(), s.cohortName(), s.kind().name(), s.supervisorName(),
                        s.startsAtPacific().toString(), s.minutes(), s.topic(),
                        invited.getOrDefault(s.id(), List.of()).stream()
                                .map(i -> new AttendeeJson(i.traineeId(), i.name(),
                                        i.attendance() == null ? null : i.attendance().name()))
                                .toList(),
                        s.notes(), s.cancelled()))
                .toList(), supervision.count(viewer.get(), cohortId), uri, request);
    }

    /**
     * @param startsAt  California wall-clock time, ISO-8601
     * @param cancelled a cancelled session credits nobody
     */
    public record SessionJson(long id, long cohortId, String cohort, String kind, String supervisor, String startsAt,
                              int minutes, String topic, List<AttendeeJson> invited, long notes, boolean cancelled) {
    }

    /** @param attendance PRESENT, ABSENT, EXCUSED or null when not taken */
    public record AttendeeJson(long traineeId, String name, String attendance) {
    }
}
