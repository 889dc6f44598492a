package org.iecmhc.lms.webinar;

import static org.iecmhc.lms.platform.api.ApiValues.LOWER_CASE;
import static org.iecmhc.lms.platform.api.ApiValues.NAMES;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

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
import org.iecmhc.lms.platform.api.JsonFields;
import org.iecmhc.lms.platform.api.PageQuery;
import org.iecmhc.lms.platform.api.RecordVersions;
import org.iecmhc.lms.platform.security.CurrentViewer;
import org.iecmhc.lms.platform.security.Roles;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.iecmhc.lms.provider.ServiceLanguage;

/**
 * Webinars for consultants (those they lead: another's answer 404, as the pages do) and administrators (all): list,
 * one with its attendance, schedule, change, its registration settings and its recording link. Attendance stays on
 * the webinar's page.
 */
@Path("/webinars")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CONSULTANT, Roles.ADMINISTRATOR})
public class WebinarResource {

    /** The service's (the page's) field names that the body spells otherwise. */
    private static final Map<String, String> BODY_FIELDS = Map.of("facilitator", "facilitatorId", "date", "startsAt",
            "time", "startsAt");

    @Inject
    Webinars webinars;

    @Inject
    CurrentViewer viewer;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Webinars, latest first, a page at a time (a consultant's own), narrowed by language (en, es,"
            + " other), by period (upcoming, past) and by text in the title or topic")
    @Parameters({
            @Parameter(name = "language", in = ParameterIn.QUERY, description = "Keeps the webinars held in this language",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage"))),
            @Parameter(name = "period", in = ParameterIn.QUERY, description = "Keeps those still to come or begun",
                    schema = @Schema(type = SchemaType.STRING, extensions = @Extension(name = LOWER_CASE, value = "webinar.WebinarFilter$Period"))),
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "Part of the title or topic",
                    schema = @Schema(type = SchemaType.STRING))})
    public List<WebinarJson> list(@Context UriInfo uri, @Context HttpServletRequest request) {
        PageQuery query = PageQuery.of(uri, request);
        WebinarFilter filter = new WebinarFilter(query.choice("language", ServiceLanguage.class), query.text("q"),
                query.choice("period", WebinarFilter.Period.class));
        query.requireValid();
        return query.answer(webinars.search(viewer.get(), filter, WebinarSort.STARTS_AT, false, query.offset(),
                query.size()), w -> WebinarJson.of(w, null), webinars.count(viewer.get(), filter));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One webinar with its attendance (registrants by name, each with their own rating when given)"
            + " and its version as ETag")
    public WebinarJson one(@PathParam("id") long id, @Context Request request, @Context HttpServletRequest servlet) {
        Webinar webinar = webinars.find(viewer.get(), id).orElseThrow(() -> ApiError.noSuch("webinar"));
        return RecordVersions.read(request, servlet, webinar, this::withAttendance);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(summary = "Schedules a webinar {title, topic, language (en, es, other), startsAt (California time,"
            + " 2026-09-01T18:00), minutes, facilitatorId (a consultant or administrator; administrators only, a"
            + " consultant leads their own)}")
    @APIResponse(responseCode = "201", description = "The new webinar; Location is its address",
            content = @Content(schema = @Schema(implementation = WebinarJson.class)))
    public Response schedule(@RequestBody(ref = "WebinarBody") String body) {
        WebinarDetails details = read(body);
        Webinar webinar = JsonFields.underRules(BODY_FIELDS, () -> webinars.schedule(viewer.get(), details));
        return Created.at("webinars/" + webinar.getId(), WebinarJson.of(webinar, List.of()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a webinar with the same fields as a new one; If-Match with the ETag read refuses the"
            + " change when the webinar changed since (412)")
    public WebinarJson change(@PathParam("id") long id, @RequestBody(ref = "WebinarBody") String body,
            @Context Request request, @Context HttpServletRequest servlet) {
        Webinar stored = webinars.find(viewer.get(), id).orElseThrow(() -> ApiError.noSuch("webinar"));
        long version = RecordVersions.requireMatch(request, stored.getVersion());
        WebinarDetails details = read(body);
        JsonFields.underRules(BODY_FIELDS, () -> webinars.change(viewer.get(), id, version, details));
        return changed(id, servlet);
    }

    @PUT
    @Path("/{id}/registration")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opens the webinar for public registration {capacity (1 to 1000 seats), format (online,"
            + " in_person), meetingLink}, or closes it without capacity; once the seats are taken, registrants wait"
            + " in order and move up when someone cancels")
    public WebinarJson offer(@PathParam("id") long id, @RequestBody(ref = "WebinarRegistrationBody") String body,
            @Context HttpServletRequest servlet) {
        return set(id, body, servlet, OfferingTermsInput::read,
                terms -> webinars.offer(viewer.get(), id, terms.terms()));
    }

    @PUT
    @Path("/{id}/recording")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the recording link {recordingLink} once the webinar has begun (422 before); absent or"
            + " blank clears it")
    public WebinarJson record(@PathParam("id") long id, @RequestBody(ref = "WebinarRecordingBody") String body,
            @Context HttpServletRequest servlet) {
        return set(id, body, servlet, json -> json.optionalText("recordingLink"),
                link -> webinars.record(viewer.get(), id, link));
    }

    /**
     * One setting of the webinar, read from the body (every malformed field a 400 at once) and saved by the service,
     * whose refusals are 422 at their field.
     */
    private <T> WebinarJson set(long id, String body, HttpServletRequest servlet, Function<JsonFields, T> read,
                                Consumer<T> save) {
        webinars.find(viewer.get(), id).orElseThrow(() -> ApiError.noSuch("webinar"));
        T value = JsonFields.read(body, read);
        JsonFields.underRules(() -> save.accept(value));
        return changed(id, servlet);
    }

    private WebinarJson changed(long id, HttpServletRequest servlet) {
        return RecordVersions.changed(servlet, webinars.find(viewer.get(), id).orElseThrow(), this::withAttendance);
    }

    /** The body's fields, every one missing or of the wrong type answered at once; the rules are the service's. */
    private WebinarDetails read(String body) {
        JsonFields json = JsonFields.of(body);
        String title = json.text("title");
        String topic = json.text("topic");
        ServiceLanguage language = json.choice("language", ServiceLanguage.class);
        LocalDateTime startsAt = json.dateTime("startsAt", clock);
        Integer minutes = json.wholeNumber("minutes", 1, MeetingTime.MAX_MINUTES);
        Long facilitatorId = json.optionalId("facilitatorId");
        json.requireValid();
        return new WebinarDetails(title, topic, language, facilitatorId,
                new MeetingTime(startsAt.toLocalDate(), startsAt.toLocalTime(), minutes));
    }

    private WebinarJson withAttendance(Webinar webinar) {
        return WebinarJson.of(webinar, webinars.attendance(viewer.get(), webinar.getId()).stream()
                .map(WebinarAttendeeJson::of).toList());
    }

    /**
     * @param startsAt         California wall-clock time, ISO-8601
     * @param registrationOpen whether the public registration page takes registrations (it has a capacity)
     * @param capacity         seats on the public registration page; absent when not open for registration
     * @param meetingLink      mailed to those holding a seat; absent until set
     * @param recordingLink    set once the webinar has begun
     * @param attendance       the registrants who attended; only in the answer for one webinar
     */
    public record WebinarJson(long id, String title, String topic,
                              @Schema(extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage")) String language,
                              long facilitatorId, String facilitator, String startsAt, int minutes,
                              boolean registrationOpen, Integer capacity,
                              @Schema(extensions = @Extension(name = NAMES, value = "offering.OfferingFormat")) String format,
                              String meetingLink, String recordingLink, List<WebinarAttendeeJson> attendance) {
        static WebinarJson of(Webinar w, List<WebinarAttendeeJson> attendance) {
            return new WebinarJson(w.getId(), w.getTitle(), w.getTopic(), w.getLanguage().code(),
                    w.getFacilitator().getId(), w.getFacilitator().getDisplayName(),
                    w.getSlot().getStartsAtPacific().toString(), w.getSlot().getMinutes(), w.getTerms().isOpen(),
                    w.getTerms().getCapacity(), w.getTerms().getFormat().name(), w.getTerms().getMeetingLink(),
                    w.getRecordingLink(), attendance);
        }
    }

    /** A webinar to schedule or its new details, described for /openapi; the body is read field by field. */
    public record WebinarBody(@Schema(required = true) String title,
                              @Schema(required = true) String topic,
                              @Schema(required = true, extensions = @Extension(name = LOWER_CASE, value = "provider.ServiceLanguage")) String language,
                              @Schema(required = true, example = "2026-09-01T18:00", description = "California (Pacific) wall-clock time") String startsAt,
                              @Schema(required = true, minimum = "1", maximum = "1440") int minutes,
                              @Schema(description = "a consultant's or administrator's account id") Long facilitatorId) {
    }

    /** Registration settings, described for /openapi; the body is read field by field. */
    public record WebinarRegistrationBody(
            @Schema(minimum = "1", maximum = "1000", description = "seats; absent closes registration") Integer capacity,
            @Schema(description = "online when absent", extensions = @Extension(name = LOWER_CASE, value = "offering.OfferingFormat")) String format,
            @Schema(description = "an http(s) address, mailed to those holding a seat") String meetingLink) {
    }

    /** The recording's address, described for /openapi; the body is read field by field. */
    public record WebinarRecordingBody(@Schema(description = "an http(s) address; absent or blank clears it") String recordingLink) {
    }

    /** @param worthwhile the registrant's own rating: true, false, or absent when not given */
    public record WebinarAttendeeJson(long id, long registrationId, String name, Boolean worthwhile) {
        static WebinarAttendeeJson of(WebinarAttendance a) {
            return new WebinarAttendeeJson(a.getId(), a.getRegistration().getId(), a.getRegistration().getName(),
                    a.getSurvey().rating());
        }
    }
}
