package org.iecmhc.lms.support;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * Community of Support series for consultants (those they facilitate: another's answers 404, as the pages do) and
 * administrators (all): list, one with its sessions and enrollments, start a series, enrol a provider and take a
 * session's attendance, which sends the final survey after the last session as the page does.
 */
@Path("/support/series")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONSULTANT, Roles.ADMINISTRATOR})
public class SupportResource {

    /** The service's (the page's) field names that the body spells otherwise. */
    private static final Map<String, String> BODY_FIELDS = Map.of("facilitator", "facilitatorId", "provider",
            "providerId", "attendance", "present");

    @Inject
    CommunitiesOfSupport communities;

    @Inject
    CurrentViewer viewer;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Series, latest first, a page at a time (a consultant's own), narrowed by language (en, es,"
            + " other)")
    @Parameters({
            @Parameter(name = "language", in = ParameterIn.QUERY, description = "Keeps the series held in this language",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage")))})
    public List<SeriesJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery query = PageQuery.of(uri, request);
        ServiceLanguage language = query.choice("language", ServiceLanguage.class);
        query.requireValid();
        return query.answer(communities.search(viewer.get(), language, query.offset(), query.size()),
                s -> SeriesJson.of(s, null, null), communities.count(viewer.get(), language));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One series with its sessions (startsAt in California wall clock, with the enrollments"
            + " present) and its enrollments (each with the final survey's rating when given), its version as ETag")
    public SeriesJson one(@PathParam("id") long id, @Context Request request, @Context HttpServletRequest servlet) {
        SupportSeries series = visible(id);
        return RecordVersions.read(request, servlet, series, this::whole);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Starts a series {title, language (en, es, other), startsOn (the first session's date),"
            + " facilitatorId (a consultant; administrators only, a consultant facilitates their own), kind"
            + " (community_of_support, the default, or provider_practice: a Community of Practice for providers)} with"
            + " six monthly 90-minute sessions")
    @APIResponse(responseCode = "201", description = "The new series with its sessions; Location is its address",
            content = @Content(schema = @Schema(implementation = SeriesJson.class)))
    public Response start(@RequestBody(ref = "SeriesBody") String body) {
        SeriesDetails details = JsonFields.read(body, json -> new SeriesDetails(json.text("title"),
                json.choice("language", ServiceLanguage.class), json.optionalId("facilitatorId"),
                json.date("startsOn", clock), json.optionalChoice("kind", SeriesKind.class)));
        SupportSeries series = JsonFields.underRules(BODY_FIELDS, () -> communities.start(viewer.get(), details));
        return Created.at("support/series/" + series.getId(), whole(series));
    }

    @POST
    @Path("/{id}/enrollments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Enrols a provider of the registry {providerId}; one already enrolled is refused (422)")
    @APIResponse(responseCode = "201", description = "The enrollment",
            content = @Content(schema = @Schema(implementation = SupportEnrollmentJson.class)))
    public Response enrol(@PathParam("id") long id, @RequestBody(ref = "SeriesEnrollmentBody") String body) {
        visible(id);
        Long providerId = JsonFields.read(body, json -> json.id("providerId"));
        SupportEnrollment enrollment = JsonFields.underRules(BODY_FIELDS, () -> communities.enrol(viewer.get(), id,
                providerId));
        return Created.at("support/series/" + id, SupportEnrollmentJson.of(enrollment));
    }

    @POST
    @Path("/{id}/sessions/{session}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Takes a held session's attendance {present: [enrollment ids]}, replacing what was recorded"
            + " (sending it twice is the same as once); the last session's sends the final survey to every enrolled"
            + " provider")
    public SupportSessionJson takeAttendance(@PathParam("id") long id, @PathParam("session") long sessionId,
            @RequestBody(ref = "SupportAttendanceBody") String body) {
        visible(id);
        Viewer who = viewer.get();
        if (communities.sessions(who, id).stream().noneMatch(s -> s.getId() == sessionId)) {
            throw ApiError.noSuch("session");
        }
        List<Long> present = JsonFields.read(body, json -> json.ids("present"));
        JsonFields.underRules(BODY_FIELDS, () -> communities.takeAttendance(who, sessionId, new HashSet<>(present)));
        return communities.sessions(who, id).stream().filter(s -> s.getId() == sessionId)
                .map(s -> SupportSessionJson.of(s, presentIds(who, s))).findFirst().orElseThrow();
    }

    private SupportSeries visible(long id) {
        return communities.find(viewer.get(), id).orElseThrow(() -> ApiError.noSuch("series"));
    }

    /** The series with its sessions (a handful: six by default) and enrollments. */
    private SeriesJson whole(SupportSeries series) {
        Viewer who = viewer.get();
        List<SupportSessionJson> sessions = communities.sessions(who, series.getId()).stream()
                .map(s -> SupportSessionJson.of(s, presentIds(who, s))).toList();
        List<SupportEnrollmentJson> enrollments = communities.enrollments(who, series.getId()).stream()
                .map(SupportEnrollmentJson::of).toList();
        return SeriesJson.of(series, sessions, enrollments);
    }

    private List<Long> presentIds(Viewer who, SupportSession session) {
        return communities.presentEnrollmentIds(who, session.getId()).stream().sorted().toList();
    }

    /**
     * @param kind     community_of_support or provider_practice (a Community of Practice for providers)
     * @param sessions and enrollments only in the answer for one series
     */
    public record SeriesJson(long id, String title,
                             @Schema(extensions = @Extension(name = LOWER_CASE, value = "support.SeriesKind")) String kind,
                             @Schema(extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage")) String language,
                             @Schema(format = "date") String startsOn,
                             long facilitatorId, String facilitator, List<SupportSessionJson> sessions,
                             List<SupportEnrollmentJson> enrollments) {
        static SeriesJson of(SupportSeries s, List<SupportSessionJson> sessions, List<SupportEnrollmentJson> enrollments) {
            return new SeriesJson(s.getId(), s.getTitle(), s.getKind().name().toLowerCase(Locale.ROOT),
                    s.getLanguage().code(), s.getStartsOn().toString(),
                    s.getFacilitator().getId(), s.getFacilitator().getDisplayName(), sessions, enrollments);
        }
    }

    /**
     * @param startsAt California wall clock, ISO-8601
     * @param present  the ids of the enrollments present
     */
    public record SupportSessionJson(long id, String startsAt, int minutes, List<Long> present) {
        static SupportSessionJson of(SupportSession s, List<Long> present) {
            return new SupportSessionJson(s.getId(), s.getSlot().getStartsAtPacific().toString(), s.getSlot().getMinutes(),
                    present);
        }
    }

    /** @param highlyValuable the final survey's rating: true, false, or absent when not given */
    public record SupportEnrollmentJson(long id, long providerId, String provider, Boolean highlyValuable) {
        static SupportEnrollmentJson of(SupportEnrollment e) {
            return new SupportEnrollmentJson(e.getId(), e.getProvider().getId(), e.getProvider().getName(),
                    e.getSurvey().rating());
        }
    }

    /** A series to start, described for /openapi; the body is read field by field. */
    public record SeriesBody(@Schema(required = true) String title,
                             @Schema(required = true, extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage")) String language,
                             @Schema(description = "a consultant's account id") Long facilitatorId,
                             @Schema(required = true, format = "date", description = "the first session's date") String startsOn,
                             @Schema(extensions = @Extension(name = LOWER_CASE, value = "support.SeriesKind")) String kind) {
    }

    /** The provider of the registry to enrol. */
    public record SeriesEnrollmentBody(@Schema(required = true) long providerId) {
    }

    /**
     * Payara lists a record as a schema only when it carries a {@code @Schema}, and drops a list's items when the
     * list carries one, hence the record's.
     */
    @Schema(description = "The ids of the enrollments present; the others are recorded absent")
    public record SupportAttendanceBody(List<Long> present) {
    }
}
